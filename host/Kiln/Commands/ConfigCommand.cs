using System.CommandLine;

namespace Kiln.Commands;

/// <summary>kiln config show|get|lint|set|write-defaults</summary>
public static class ConfigCommand
{
    public static Command Create(SharedOptions shared) =>
        new("config", "Show or check the app's resolved configuration (kiln.yaml + lib manifests)")
        {
            ConfigWriteDefaultsCommand.Create(shared),
            ConfigSetCommand.Create(shared),
            ConfigShowCommand.Create(shared),
            ConfigGetCommand.Create(shared),
            ConfigLintCommand.Create(shared),
        };
}
