using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Turns names from a spec into C# identifiers. Every name is resolved once, while building the model,
/// so templates never see a raw spec name where an identifier belongs.
/// </summary>
public static class Naming
{
    /// <summary>
    /// PascalCase: words split at anything that is not a letter or digit, each word's first letter raised,
    /// the rest kept as written ("getPetByID" → "GetPetByID", "x-rate-limit" → "XRateLimit").
    /// A leading digit gets an underscore; an empty result becomes <paramref name="fallback"/>.
    /// </summary>
    public static string ToPascalCase(string raw, string fallback = "Value")
    {
        var builder = new StringBuilder(raw.Length);
        var startOfWord = true;
        foreach (var c in raw)
        {
            if (IsIdentifierPart(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        return FixStart(builder.ToString(), fallback);
    }

    /// <summary>
    /// camelCase for parameters and locals: PascalCase with its leading capital run lowered
    /// ("PetID" → "petID", "URLPath" → "urlPath", "ID" → "id"), then escaped with @ if it is a keyword.
    /// </summary>
    public static string ToCamelCase(string raw, string fallback = "value")
    {
        var pascal = ToPascalCase(raw, ToPascalCase(fallback));
        if (pascal[0] == '_')
        {
            return pascal;
        }

        var upperRun = 0;
        while (upperRun < pascal.Length && char.IsUpper(pascal[upperRun]))
        {
            upperRun++;
        }

        // Keep the last capital of a run that starts the next word: "URLPath" → "url" + "Path".
        var lowerCount = upperRun == pascal.Length || upperRun <= 1 ? upperRun : upperRun - 1;
        var camel = pascal.Substring(0, lowerCount).ToLowerInvariant() + pascal.Substring(lowerCount);
        return EscapeKeyword(camel);
    }

    /// <summary>Prefixes <paramref name="identifier"/> with @ when it is a C# keyword.</summary>
    public static string EscapeKeyword(string identifier) =>
        CSharpKeywords.IsReserved(identifier) ? "@" + identifier : identifier;

    /// <summary>
    /// A dotted namespace made of valid identifiers: a part the user wrote as a valid identifier stays as written
    /// ("My_Api" stays "My_Api", a keyword gets its @), any other part becomes one ("my-api.v2" → "MyApi.v2").
    /// </summary>
    public static string ToNamespace(string raw, string fallback)
    {
        var parts = new List<string>();
        foreach (var part in raw.Split('.'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                parts.Add(AsWrittenOrPascalCase(trimmed, "Api"));
            }
        }

        return parts.Count == 0 ? fallback : string.Join(".", parts);
    }

    /// <summary>
    /// Whether <paramref name="name"/> is only lower-case ASCII letters and digits, which C# warns about as a type name
    /// (CS8981: such names may become keywords), so a client name like that is Pascal-cased rather than kept.
    /// </summary>
    public static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name the user wrote (a client name, a namespace part): kept as written when it is a valid identifier already,
    /// an @ added to a keyword, or, when it is not an identifier, made one with <see cref="ToPascalCase"/>.
    /// </summary>
    public static string AsWrittenOrPascalCase(string raw, string fallback)
    {
        var name = raw.StartsWith("@", System.StringComparison.Ordinal) ? raw.Substring(1) : raw;
        return EscapeKeyword(IsPlainIdentifier(name) ? name : ToPascalCase(name, fallback));
    }

    /// <summary>
    /// Whether <paramref name="name"/> is an identifier made only of what <see cref="ToPascalCase"/> produces (letters,
    /// digits, combining marks, underscores; a letter or underscore first), and so printable into C# as it is: no
    /// escape sequence, format character or line break can be part of it.
    /// </summary>
    public static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || !(IsIdentifierStart(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsIdentifierPart(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="name"/> with everything <see cref="IsPlainIdentifier"/> refuses removed (an underscore first when
    /// it would start with a digit or mark, <paramref name="fallback"/> when nothing is left).
    /// </summary>
    public static string ToPlainIdentifier(string name, string fallback = "Value")
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (IsIdentifierPart(c) || c == '_')
            {
                builder.Append(c);
            }
        }

        return builder.Length > 0 && builder[0] == '_' ? builder.ToString() : FixStart(builder.ToString(), fallback);
    }

    /// <summary>True for characters C# accepts inside an identifier (letters, digits, connectors, combining marks).</summary>
    public static bool IsIdentifierPart(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }

    private static string FixStart(string identifier, string fallback)
    {
        if (identifier.Length == 0)
        {
            return fallback;
        }

        return IsIdentifierStart(identifier[0]) ? identifier : "_" + identifier;
    }

    private static bool IsIdentifierStart(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;
}
