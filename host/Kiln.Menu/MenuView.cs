using System.Collections.ObjectModel;
using System.Text;
using Kiln.Config;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Kiln.Menu;

/// <summary>
/// `kiln menu`: the full-screen face of MenuModel, in the manner of `make menuconfig`: the libs and their options
/// in a list, the selected row's help below, one-key commands, a prompt line for values and searches.
/// </summary>
public static class MenuView
{
    private const string Keys = "Space on/off  Enter edit value  / search  n next match  ? why  s save  q quit";

    public static void Run(MenuModel model, string title)
    {
        Application.Init();
        try
        {
            var window = new Window { Title = title };
            var list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(9), CanFocus = true };
            var help = new Label { X = 1, Y = Pos.AnchorEnd(9), Width = Dim.Fill(1), Height = 5, Text = "" };
            var status = new Label { X = 1, Y = Pos.AnchorEnd(4), Width = Dim.Fill(1), Height = 1, Text = "" };
            var keys = new Label { X = 1, Y = Pos.AnchorEnd(3), Width = Dim.Fill(1), Height = 1, Text = Keys };
            var prompt = new Label { X = 1, Y = Pos.AnchorEnd(2), Width = 28, Height = 1, Text = "" };
            var input = new TextField { X = 29, Y = Pos.AnchorEnd(2), Width = Dim.Fill(1), Visible = false };
            window.Add(list, help, status, keys, prompt, input);
            // Names like x86_64 are text here, not hotkey markers.
            foreach (View v in new View[] { window, help, status, keys, prompt }) v.HotKeySpecifier = new System.Text.Rune(0xFFFF);

            string lastSearch = "";
            Action<string>? onInput = null;
            bool quitArmed = false;

            int Selected() => list.Value ?? 0;
            MenuModel.Row Current() => model.Rows[Math.Clamp(Selected(), 0, model.Rows.Count - 1)];

            void Refresh(int select)
            {
                list.SetSource(new ObservableCollection<string>(model.Rows.Select(r => r.Label)));
                list.Value = Math.Clamp(select, 0, model.Rows.Count - 1);
                ShowHelp();
            }

            void ShowHelp()
            {
                help.Text = Wrap(Current().Help, 5);
                status.Text = (model.Dirty ? "* unsaved  " : "") + model.Message;
            }

            void Ask(string label, string initial, Action<string> then)
            {
                prompt.Text = label;
                input.Text = initial;
                input.Visible = true;
                onInput = then;
                input.SetFocus();
            }

            void EndInput()
            {
                input.Visible = false;
                prompt.Text = "";
                onInput = null;
                list.SetFocus();
            }

            list.ValueChanged += (_, _) => ShowHelp();
            // Keys are taken at the application level: ListView's type-to-find would otherwise swallow letters.
            Application.KeyDown += (_, key) =>
            {
                if (input.Visible)
                {
                    if (key == Key.Enter)
                    {
                        Action<string>? then = onInput;
                        string text = input.Text ?? "";
                        EndInput();
                        then?.Invoke(text);
                        key.Handled = true;
                    }
                    else if (key == Key.Esc)
                    {
                        EndInput();
                        key.Handled = true;
                    }
                    return;
                }
                int c = key.AsRune.Value;
                MenuModel.Row row = Current();
                if (key == Key.Space)
                {
                    model.Toggle(row);
                    Refresh(model.Rows.ToList().FindIndex(r => r.Lib == row.Lib && r.Option is null));
                }
                else if (key == Key.Enter && row.Option is not null)
                {
                    string current = row.Label.Split(" = ", 2)[1];
                    Ask($"{row.Option} ({current}):", "", value =>
                    {
                        model.SetOption(row, value);
                        Refresh(model.Rows.ToList().FindIndex(r => r.Lib == row.Lib && r.Option == row.Option));
                    });
                }
                else if (c == '/')
                {
                    Ask("search:", lastSearch, term =>
                    {
                        lastSearch = term;
                        int at = model.Search(term, Selected());
                        if (at >= 0) Refresh(at); else { status.Text = $"no match for '{term}'"; }
                    });
                }
                else if (c == 'n' && lastSearch.Length > 0)
                {
                    int at = model.Search(lastSearch, Selected());
                    if (at >= 0) Refresh(at);
                }
                else if (c == '?')
                {
                    status.Text = model.Why(row);
                }
                else if (c == 's')
                {
                    model.Save();
                    ShowHelp();
                }
                else if (c == 'q')
                {
                    if (model.Dirty && !quitArmed)
                    {
                        quitArmed = true;
                        status.Text = "unsaved changes: s saves them, q again quits without saving";
                    }
                    else
                    {
                        Application.RequestStop(window);
                    }
                }
                else
                {
                    return;
                }
                if (c != 'q') quitArmed = false;
                key.Handled = true;
            };
            Refresh(0);
            list.SetFocus();
            Application.Run(window);
            window.Dispose();
        }
        finally
        {
            Application.Shutdown();
        }
    }

    private static string Wrap(string text, int maxLines)
    {
        var sb = new StringBuilder();
        int lines = 0;
        foreach (string line in text.Split('\n'))
        {
            if (lines++ == maxLines) break;
            sb.Append(line).Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }
}
