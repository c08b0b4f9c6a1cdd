using System;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>Text that has broken parsers, escapers and terminals before: line terminators of every kind, comment and
/// literal closers, markup, NUL, lone surrogates, bidirectional overrides, and attempts to write C#.</summary>
internal static class HostileText
{
    public static readonly string[] Fragments =
    {
        "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "*/", "/*", "\"\"\"", "\"", "\\", "{", "}", "#", "<", ">", "&",
        "\0", "\ud800", "\udc00", "\u202e", "\u2066", "\ufeff", "\u200b", "'", "`", "$", "@", "%", "\t", "\u001b[31m",
        "😀", "𝔘", "Ω", "\uffff", "\ufffe",
    };

    public static readonly string[] Payloads =
    {
        "x\u2028public static int Injected { get { return 42; } } //",
        "x\u2029public static int Injected => 42; //",
        "x\u0085public static int Injected => 42; //",
        "x\npublic static int Injected => 42; //",
        "x\r\n#error injected\r\n",
        "*/ public class Injected { } /*",
        "\"; public static int Injected = 42; //",
        "\"\"\"; public static int Injected = 42; //",
        "</summary><![CDATA[ ]]> <see cref=\"Injected\"/>",
        "{{ Injected }} {{> Client}} {{#each x}}",
        "{{ 1 + 1 }} {% raw %}",
        "file(7,7): error SF1001: forged\nfile(8,8): error SF1001: forged",
        "\\u0022; int Injected; //",
        "#endregion\n#region x",
        "@\"\" + \"",
    };

    /// <summary>A string of one to four fragments and maybe a payload.</summary>
    public static string Next(Random random)
    {
        var parts = random.Next(1, 5);
        var text = random.Next(3) == 0 ? Payloads[random.Next(Payloads.Length)] : string.Empty;
        for (var i = 0; i < parts; i++)
        {
            text = random.Next(2) == 0 ? text + Fragments[random.Next(Fragments.Length)] : Fragments[random.Next(Fragments.Length)] + text;
        }

        return text;
    }
}
