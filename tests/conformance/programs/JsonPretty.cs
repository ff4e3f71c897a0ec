using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Programs.JsonPretty;

abstract record JsonValue;
record JsonNull : JsonValue;
record JsonBool(bool Value) : JsonValue;
record JsonNumber(double Value) : JsonValue;
record JsonString(string Value) : JsonValue;
record JsonArray(List<JsonValue> Items) : JsonValue;
record JsonObject(List<KeyValuePair<string, JsonValue>> Members) : JsonValue;

class JsonReader
{
    private readonly string _s; private int _p;
    public JsonReader(string s) { _s = s; }
    public JsonValue Read() { var v = Value(); Ws(); if (_p != _s.Length) throw Error("trailing characters"); return v; }
    Exception Error(string what) => new FormatException($"{what} at position {_p}");
    void Ws() { while (_p < _s.Length && char.IsWhiteSpace(_s[_p])) _p++; }
    char Peek() { Ws(); return _p < _s.Length ? _s[_p] : '\0'; }
    void Expect(char c) { if (Peek() != c) throw Error($"expected '{c}'"); _p++; }
    JsonValue Value()
    {
        char c = Peek();
        switch (c)
        {
            case '{': return Obj();
            case '[': return Arr();
            case '"': return new JsonString(Str());
            case 't': Lit("true"); return new JsonBool(true);
            case 'f': Lit("false"); return new JsonBool(false);
            case 'n': Lit("null"); return new JsonNull();
            case var d when d == '-' || char.IsDigit(d): return Num();
            default: throw Error($"unexpected '{c}'");
        }
    }
    void Lit(string w) { if (string.CompareOrdinal(_s, _p, w, 0, w.Length) != 0) throw Error("bad literal"); _p += w.Length; }
    JsonValue Num()
    {
        int start = _p;
        while (_p < _s.Length && "+-.eE0123456789".Contains(_s[_p])) _p++;
        return new JsonNumber(double.Parse(_s.AsSpan(start, _p - start), NumberStyles.Float, CultureInfo.InvariantCulture));
    }
    string Str()
    {
        Expect('"');
        var sb = new StringBuilder();
        while (_s[_p] != '"')
        {
            char c = _s[_p++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = _s[_p++];
            sb.Append(e switch
            {
                'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', '/' => '/',
                'u' => (char)Convert.ToInt32(_s.Substring((_p += 4) - 4, 4), 16),
                _ => throw Error("bad escape"),
            });
        }
        _p++;
        return sb.ToString();
    }
    JsonValue Arr()
    {
        Expect('['); var items = new List<JsonValue>();
        if (Peek() == ']') { _p++; return new JsonArray(items); }
        do { items.Add(Value()); } while (Peek() == ',' && _p++ >= 0);
        Expect(']'); return new JsonArray(items);
    }
    JsonValue Obj()
    {
        Expect('{'); var m = new List<KeyValuePair<string, JsonValue>>();
        if (Peek() == '}') { _p++; return new JsonObject(m); }
        while (true)
        {
            Ws(); var key = Str(); Expect(':'); m.Add(new(key, Value()));
            if (Peek() == ',') { _p++; continue; }
            Expect('}'); return new JsonObject(m);
        }
    }
}

static class JsonWriter
{
    public static string Write(JsonValue v, int indent = 0)
    {
        string pad = new string(' ', indent * 2), inner = new string(' ', (indent + 1) * 2);
        return v switch
        {
            JsonNull => "null",
            JsonBool b => b.Value ? "true" : "false",
            JsonNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
            JsonString s => Quote(s.Value),
            JsonArray { Items.Count: 0 } => "[]",
            JsonArray a => "[\n" + string.Join(",\n", a.Items.Select(i => inner + Write(i, indent + 1))) + "\n" + pad + "]",
            JsonObject { Members.Count: 0 } => "{}",
            JsonObject o => "{\n" + string.Join(",\n", o.Members.Select(kv => $"{inner}{Quote(kv.Key)}: {Write(kv.Value, indent + 1)}")) + "\n" + pad + "}",
            _ => throw new ArgumentException("unknown node"),
        };
    }
    static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c == '\n') sb.Append("\\n");
            else if (c < ' ' || c > '~') sb.Append($"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}

public static class JsonPrettyProgram
{
    public static void Run()
    {
        string doc = "{\"name\":\"Kiln\",\"version\":1.25,\"tags\":[\"os\",\"c#\",\"tiny\"],\"nested\":{\"empty\":{},\"list\":[],\"ok\":true,\"nothing\":null}," +
                     "\"nums\":[1,-2.5,3e2,0.1,12345678901],\"text\":\"line1\\nline2 \\u00e9 \\\"q\\\"\"}";
        var value = new JsonReader(doc).Read();
        Console.WriteLine(JsonWriter.Write(value));
        if (value is JsonObject obj)
        {
            var keys = obj.Members.Select(m => m.Key).OrderBy(k => k, StringComparer.Ordinal);
            Console.WriteLine("keys: " + string.Join(",", keys));
            var nums = obj.Members.First(m => m.Key == "nums").Value as JsonArray;
            Console.WriteLine($"sum of nums: {nums!.Items.OfType<JsonNumber>().Sum(n => n.Value)}");
        }
        foreach (var bad in new[] { "[1,2", "{\"a\" 1}", "tru", "[1] x" })
        {
            try { new JsonReader(bad).Read(); Console.WriteLine("parsed?!"); }
            catch (FormatException ex) { Console.WriteLine($"error: {ex.Message}"); }
            catch (IndexOutOfRangeException) { Console.WriteLine("error: ran off the end"); }
        }
        Console.WriteLine(new JsonString("x") == new JsonString("x"));
        Console.WriteLine(new JsonBool(true));
    }
}
