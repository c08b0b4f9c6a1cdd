using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Emitting.Validation;

/// <summary>
/// The statements that check one value against its type and <see cref="ConstraintsModel"/>, shared by the record
/// validators, the request checks of each operation and the response checks. Paths are constant pointer literals;
/// values inside lists and maps are checked into a list of their own, moved under the item's pointer only when
/// something failed, so valid data costs no allocation.
/// </summary>
public sealed partial class ValidationCode
{
    // The pointer of a value checked relative to itself (an item, a map value, a union's branch).
    private const string EmptyPath = "\"\"";

    private readonly Dictionary<string, EnumModel> _enums;
    private int _counter;

    /// <summary>Creates the code for the types of <paramref name="model"/>.</summary>
    public ValidationCode(ApiModel model)
    {
        _enums = model.Enums.ToDictionary(e => e.Name, System.StringComparer.Ordinal);
        Runtime = "global::" + model.RuntimeNamespace + ".Validation";
        Validatable = Runtime + ".IValidatable";
        ViolationType = "global::" + model.RuntimeNamespace + ".ConstraintViolation";
        ListType = "global::System.Collections.Generic.List<" + ViolationType + ">";
    }

    private ValidationCode(ValidationCode other)
    {
        _enums = other._enums;
        Runtime = other.Runtime;
        Validatable = other.Validatable;
        ViolationType = other.ViolationType;
        ListType = other.ListType;
    }

    /// <summary>The validation runtime namespace, fully qualified.</summary>
    public string Runtime { get; }

    // Records and unions check themselves through this interface; most have no other method that does.
    private string Validatable { get; }

    /// <summary>The violation type, fully qualified.</summary>
    public string ViolationType { get; }

    /// <summary>The list type violations are collected in, fully qualified.</summary>
    public string ListType { get; }

    /// <summary>
    /// Statements checking <paramref name="value"/> (of <paramref name="type"/>) into the list <paramref name="list"/>,
    /// reporting at <paramref name="pointer"/>; <paramref name="isRequired"/> adds a <c>required</c> check for a null reference.
    /// </summary>
    public IReadOnlyList<string> Check(string value, TypeRef type, ConstraintsModel? constraints, string pointer, bool isRequired, string list)
    {
        var path = CSharpText.StringLiteral(pointer);
        var required = isRequired && !type.IsNullable && !type.IsValueType;
        var lines = Guarded(value, type, constraints, path, list, required);
        if (required && lines.Count == 0)
        {
            // A call, not a null test: testing the argument itself would make the compiler think it may be null afterwards.
            lines.Add($"{Runtime}.Checks.Required(ref {list}, {value}, {path});");
        }

        return lines;
    }

    /// <summary>Whether a value of <paramref name="type"/> with <paramref name="constraints"/> needs any check at all.</summary>
    public bool NeedsCheck(TypeRef type, ConstraintsModel? constraints, bool isRequired)
    {
        if (isRequired && !type.IsNullable && !type.IsValueType)
        {
            return true;
        }

        // Asked of a scratch copy, so the question never renames the locals of the method being written.
        return new ValidationCode(this).Body("x", type.AsNonNullable(), constraints, EmptyPath, "x").Count > 0;
    }

    /// <summary>Starts the locals of a new method at 1, so one method's code does not depend on what was emitted before.</summary>
    public void BeginMethod() => _counter = 0;

    /// <summary>
    /// The checks of several values, one after the other, each line indented by <paramref name="indent"/>
    /// spaces, ready for a template to print as they are.
    /// </summary>
    public static IReadOnlyList<string> Layout(IEnumerable<IReadOnlyList<string>> groups, int indent)
    {
        var prefix = new string(' ', indent);
        var lines = new List<string>();
        foreach (var group in groups.Where(g => g.Count > 0))
        {
            lines.AddRange(group.Select(line => prefix + line));
        }

        return lines;
    }

    /// <summary>The JSON pointer segment of a member or parameter name.</summary>
    public static string Segment(string name) => "/" + name.Replace("~", "~0").Replace("/", "~1");

    // The checks of a value that may be null (a reference, or a nullable value type): only a present value is checked.
    // A required one that is missing is a violation, found by the same statement that tests it (Present, RequiredValue,
    // RequiredItems): one line where a Required call used to stand before the checks.
    private List<string> Guarded(string value, TypeRef type, ConstraintsModel? constraints, string path, string list, bool required = false)
    {
        // A record, a union or a list of them is checked by one runtime call that skips a null itself.
        if (path != EmptyPath && CheckedByRuntime(type, constraints) is { } call)
        {
            return new List<string> { $"{Runtime}.Checks.{(required ? "Required" + call : call)}(ref {list}, {value}, {path});" };
        }

        var local = "checkedValue" + Next();
        var body = Body(local, type.AsNonNullable(), constraints, path, list);
        if (body.Count == 0)
        {
            return body;
        }

        // One check stays on one line: validators are compiled on every build, and most values have a single check.
        if (body.Count == 1)
        {
            return new List<string>
            {
                required ? $"{Present(value, path, list, local)} {{ {body[0]} }}"
                : type.IsValueType && !type.IsNullable ? $"{{ var {local} = {value}; {body[0]} }}"
                : !type.IsValueType && !type.IsNullable ? $"{{ var {local} = {value}; if ({local} is not null) {{ {body[0]} }} }}"
                : $"if ({value} is {{ }} {local}) {{ {body[0]} }}",
            };
        }

        var lines = new List<string>();
        if (required)
        {
            lines.Add(Present(value, path, list, local));
            lines.Add("{");
        }
        else if (type.IsValueType && !type.IsNullable)
        {
            lines.Add("{");
            lines.Add($"    var {local} = {value};");
        }
        else if (!type.IsValueType && !type.IsNullable)
        {
            // The copy is what gets tested, so the compiler keeps treating the declared non-null value as non-null.
            lines.Add($"var {local} = {value};");
            lines.Add($"if ({local} is not null)");
            lines.Add("{");
        }
        else
        {
            lines.Add($"if ({value} is {{ }} {local})");
            lines.Add("{");
        }

        lines.AddRange(body.Select(l => "    " + l));
        lines.Add("}");
        return lines;
    }

    // Tests a required value and notes it when missing, binding it to local when present.
    private string Present(string value, string path, string list, string local) =>
        $"if ({Runtime}.Checks.Present(ref {list}, {value}, {path}) is {{ }} {local})";

    /// <summary>
    /// The runtime method that returns every violation of a whole value of <paramref name="type"/> (a record, a union or
    /// a list of them), as a method group; null when the value needs checks of its own.
    /// </summary>
    public string? RuntimeFunction(TypeRef type, ConstraintsModel? constraints) => CheckedByRuntime(type, constraints) switch
    {
        "Value" => Runtime + ".Checks.Of",
        "Items" => Runtime + ".Checks.OfItems",
        _ => null,
    };

    private static string? CheckedByRuntime(TypeRef type, ConstraintsModel? c) =>
        IsSelfChecking(type) ? "Value"
        : type.Kind is TypeKind.List && IsSelfChecking(type.Element!) && c?.MinItems is null && c?.MaxItems is null && c?.UniqueItems != true ? "Items"
        : null;

    /// <summary>Whether a value of <paramref name="type"/> is a generated record or union, which checks itself.</summary>
    public static bool IsSelfChecking(TypeRef type) => type.Kind is TypeKind.Record or TypeKind.Union;

    // The checks of a present value.
    private List<string> Body(string value, TypeRef type, ConstraintsModel? c, string path, string list)
    {
        var lines = new List<string>();
        switch (type.Kind)
        {
            case TypeKind.String:
                StringChecks(lines, value, c, path, list);
                break;
            case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Single or TypeKind.Double:
                NumberChecks(lines, value, type.Kind, c, path, list);
                break;
            // The model only keeps true or false here; the test keeps spec text from ever standing as code.
            case TypeKind.Boolean when c?.ConstJson is "true" or "false":
                var constJson = c.ConstJson;
                lines.Add($"{Runtime}.Checks.Const(ref {list}, {value} == {constJson}, {CSharpText.StringLiteral(constJson)}, {path});");
                break;
            case TypeKind.Enum when _enums.TryGetValue(type.Name, out var enumModel):
                lines.Add($"{Runtime}.Checks.Enum(ref {list}, {value}.IsKnown, {CSharpText.StringLiteral(AllowedJson(enumModel))}, {path});");
                break;
            // Only a value checked relative to itself gets here (an item, a map value, a body): below a pointer of its own
            // a record is one runtime call (Guarded).
            case TypeKind.Record or TypeKind.Union:
                lines.Add($"(({Validatable}){value}).CollectViolations(ref {list});");
                break;
            case TypeKind.List:
                ListChecks(lines, value, type, c, path, list);
                break;
            case TypeKind.Map:
                MapChecks(lines, value, type, c, path, list);
                break;
        }

        return lines;
    }

    private void ListChecks(List<string> lines, string value, TypeRef type, ConstraintsModel? c, string path, string list)
    {
        if (c?.MinItems is { } minItems)
        {
            lines.Add($"{Runtime}.Checks.MinItems(ref {list}, {value}.Count, {minItems}, {path});");
        }

        if (c?.MaxItems is { } maxItems)
        {
            lines.Add($"{Runtime}.Checks.MaxItems(ref {list}, {value}.Count, {maxItems}, {path});");
        }

        if (c?.UniqueItems == true)
        {
            lines.Add($"{Runtime}.Checks.UniqueItems(ref {list}, {value}, {path});");
        }

        if (IsSelfChecking(type.Element!))
        {
            lines.Add($"{Runtime}.Checks.Items(ref {list}, {value}, {path});");
            return;
        }

        // Strings whose only checks are their lengths, or only a pattern, are one runtime call for the whole list.
        if (type.Element!.Kind is TypeKind.String && c?.Items is { } items)
        {
            var checkedOnly = StringChecksOnly(items);
            if ((items.MinLength is not null || items.MaxLength is not null) && checkedOnly with { MinLength = null, MaxLength = null } == new ConstraintsModel())
            {
                var min = (items.MinLength ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var max = items.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "int.MaxValue";
                lines.Add($"{Runtime}.Checks.ItemLengths(ref {list}, {value}, {min}, {max}, {path});");
                return;
            }

            if (items.Pattern is { } itemPattern && checkedOnly with { Pattern = null } == new ConstraintsModel())
            {
                lines.Add($"{Runtime}.Checks.ItemPatterns(ref {list}, {value}, {CSharpText.StringLiteral(itemPattern)}, {path});");
                return;
            }
        }

        var index = "itemIndex" + Next();
        var nested = "itemViolations" + Next();
        var item = Guarded($"{value}[{index}]", type.Element!, c?.Items, EmptyPath, nested);
        if (item.Count == 0)
        {
            return;
        }

        Loop(lines, $"for (var {index} = 0; {index} < {value}.Count; {index}++)", item, nested, list, $"{Runtime}.ConstraintRules.Append({path}, {index})");
    }

    private void MapChecks(List<string> lines, string value, TypeRef type, ConstraintsModel? c, string path, string list)
    {
        if (c?.MinProperties is { } minProperties)
        {
            lines.Add($"{Runtime}.Checks.MinProperties(ref {list}, {value}.Count, {minProperties}, {path});");
        }

        if (c?.MaxProperties is { } maxProperties)
        {
            lines.Add($"{Runtime}.Checks.MaxProperties(ref {list}, {value}.Count, {maxProperties}, {path});");
        }

        var entry = "mapEntry" + Next();
        var nested = "entryViolations" + Next();
        var item = Guarded(entry + ".Value", type.Element!, c?.Values, EmptyPath, nested);
        if (item.Count == 0)
        {
            return;
        }

        Loop(lines, $"foreach (var {entry} in {value})", item, nested, list, $"{Runtime}.ConstraintRules.Append({path}, {entry}.Key)");
    }

    // Each element is checked into its own list, created only on failure, whose findings then move under the element's pointer.
    private void Loop(List<string> lines, string header, List<string> elementChecks, string nested, string list, string elementPath)
    {
        lines.Add(header);
        lines.Add("{");
        lines.Add($"    {ListType}? {nested} = null;");
        lines.AddRange(elementChecks.Select(l => "    " + l));
        lines.Add($"    if ({nested} is not null) {Runtime}.Checks.Nested(ref {list}, {elementPath}, {nested});");
        lines.Add("}");
    }

    private int Next() => ++_counter;
}
