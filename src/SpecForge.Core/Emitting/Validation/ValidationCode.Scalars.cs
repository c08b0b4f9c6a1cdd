using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Validation;

/// <summary>The checks of strings and numbers.</summary>
public sealed partial class ValidationCode
{
    // The formats ConstraintRules.MatchesFormat knows on a string; other formats are mapped to typed values or not checked.
    private static readonly HashSet<string> StringFormats = new(System.StringComparer.Ordinal)
    {
        "email", "uuid", "date", "date-time", "time", "uri", "uri-reference", "ipv4", "ipv6", "hostname", "e164",
    };

    // The constraints StringChecks turns into checks: a format it does not check (Discord's "snowflake") is dropped.
    private static ConstraintsModel StringChecksOnly(ConstraintsModel c) =>
        c.Format is { } format && !StringFormats.Contains(format) ? c with { Format = null } : c;

    private void StringChecks(List<string> lines, string value, ConstraintsModel? c, string path, string list)
    {
        if (c is null)
        {
            return;
        }

        if (c.MinLength is { } minLength)
        {
            lines.Add($"{Runtime}.Checks.MinLength(ref {list}, {value}, {minLength}, {path});");
        }

        if (c.MaxLength is { } maxLength)
        {
            lines.Add($"{Runtime}.Checks.MaxLength(ref {list}, {value}, {maxLength}, {path});");
        }

        if (c.Pattern is { } pattern)
        {
            lines.Add($"{Runtime}.Checks.Pattern(ref {list}, {value}, {CSharpText.StringLiteral(pattern)}, {path});");
        }

        if (c.Format is { } format && StringFormats.Contains(format))
        {
            lines.Add($"{Runtime}.Checks.Format(ref {list}, {value}, {CSharpText.StringLiteral(format)}, {path});");
        }

        var listed = c.EnumJson.Select(StringValue).Where(s => s is not null).Select(s => CSharpText.StringLiteral(s!)).ToList();
        if (listed.Count > 0)
        {
            lines.Add($"{Runtime}.Checks.Enum(ref {list}, {value} is {string.Join(" or ", listed)}, {CSharpText.StringLiteral(JsonArray(c.EnumJson))}, {path});");
        }

        if (c.ConstJson is { } constJson && StringValue(constJson) is { } constant)
        {
            lines.Add($"{Runtime}.Checks.Const(ref {list}, {value} == {CSharpText.StringLiteral(constant)}, {CSharpText.StringLiteral(constJson)}, {path});");
        }
    }

    private void NumberChecks(List<string> lines, string value, TypeKind kind, ConstraintsModel? c, string path, string list)
    {
        if (c is null)
        {
            return;
        }

        var binary = kind is TypeKind.Single or TypeKind.Double;
        if (c.Minimum is { } minimum && Literal(minimum, binary) is { } low)
        {
            lines.Add($"{Runtime}.Checks.Minimum(ref {list}, {low.Cast}{value}, {low.Text}, {Bool(c.ExclusiveMinimum)}, {CSharpText.StringLiteral(minimum)}, {path});");
        }

        if (c.Maximum is { } maximum && Literal(maximum, binary) is { } high)
        {
            lines.Add($"{Runtime}.Checks.Maximum(ref {list}, {high.Cast}{value}, {high.Text}, {Bool(c.ExclusiveMaximum)}, {CSharpText.StringLiteral(maximum)}, {path});");
        }

        if (c.MultipleOf is { } divisor && Literal(divisor, binary) is { } step)
        {
            lines.Add($"{Runtime}.Checks.MultipleOf(ref {list}, {step.Cast}{value}, {step.Text}, {CSharpText.StringLiteral(divisor)}, {path});");
        }

        var listed = c.EnumJson.Select(json => Literal(json, binary)).Where(l => l is not null).Select(l => $"{l!.Value.Cast}{value} == {l.Value.Text}").ToList();
        if (listed.Count > 0)
        {
            lines.Add($"{Runtime}.Checks.Enum(ref {list}, {string.Join(" || ", listed)}, {CSharpText.StringLiteral(JsonArray(c.EnumJson))}, {path});");
        }

        if (c.ConstJson is { } constJson && Literal(constJson, binary) is { } constant)
        {
            lines.Add($"{Runtime}.Checks.Const(ref {list}, {constant.Cast}{value} == {constant.Text}, {CSharpText.StringLiteral(constJson)}, {path});");
        }
    }

    // Exact types compare as decimal; a limit beyond decimal's range, and binary floating point, compare as double.
    private static (string Cast, string Text)? Literal(string number, bool binary)
    {
        if (!binary && decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return ("(decimal)", exact.ToString(CultureInfo.InvariantCulture) + "m");
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate) && !double.IsInfinity(approximate) && !double.IsNaN(approximate)
            ? ("(double)", approximate.ToString("R", CultureInfo.InvariantCulture) + "d")
            : null;
    }

    private static string? StringValue(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString() : null;
    }

    private static string JsonArray(IEnumerable<string> values) => "[" + string.Join(",", values) + "]";

    private static string AllowedJson(EnumModel model) => JsonArray(model.Members.Select(m =>
        model.IsInteger ? m.Value : System.Text.Json.Nodes.JsonValue.Create(m.Value).ToJsonString(RelaxedJson)));

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Bool(bool value) => value ? "true" : "false";
}
