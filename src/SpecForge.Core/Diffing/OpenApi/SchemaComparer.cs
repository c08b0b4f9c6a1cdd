using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Walks two schemas side by side and lists how they differ in meaning, ignoring descriptions, examples and order.
/// A reference to a component on both sides is not entered: the pair is handed back as reached and compared once,
/// at the component, however many places refer to it; that memo is also what ends reference cycles.
/// </summary>
internal sealed class SchemaComparer
{
    // Deeper than any real inline schema; only a reference chain the reader could not cut gets here.
    private const int MaxDepth = 48;

    private static readonly IDictionary<string, IOpenApiSchema> NoComponents = new Dictionary<string, IOpenApiSchema>();

    private readonly IDictionary<string, IOpenApiSchema> _oldComponents;
    private readonly IDictionary<string, IOpenApiSchema> _newComponents;
    private readonly SchemaRenames _renames;
    private readonly Dictionary<ComponentPair, ComponentComparison> _memo = new();

    public SchemaComparer(OpenApiDocument old, OpenApiDocument @new, SchemaRenames renames)
    {
        _oldComponents = old.Components?.Schemas ?? NoComponents;
        _newComponents = @new.Components?.Schemas ?? NoComponents;
        _renames = renames;
    }

    /// <summary>Compares two schemas found at the given pointers; either may be null (then nothing is compared).</summary>
    public void Compare(IOpenApiSchema? old, IOpenApiSchema? @new, string oldPointer, string newPointer, SchemaWalk walk) =>
        Walk(old, @new, oldPointer, newPointer, new Place(string.Empty, false, false, 0), walk);

    /// <summary>Compares a component pair's schemas, once per pair.</summary>
    public ComponentComparison CompareComponents(ComponentPair pair)
    {
        if (_memo.TryGetValue(pair, out var known))
        {
            return known;
        }

        var walk = new SchemaWalk();
        if (_oldComponents.TryGetValue(pair.OldId, out var old) && _newComponents.TryGetValue(pair.NewId, out var @new))
        {
            Walk(old, @new, SchemaFacts.ComponentPointer(pair.OldId), SchemaFacts.ComponentPointer(pair.NewId), new Place(string.Empty, false, false, 0), walk);
        }

        var result = new ComponentComparison(walk.Differences, walk.Reached);
        _memo[pair] = result;
        return result;
    }

    private void Walk(IOpenApiSchema? old, IOpenApiSchema? @new, string oldPointer, string newPointer, Place place, SchemaWalk walk)
    {
        if (old is null || @new is null || place.Depth > MaxDepth)
        {
            return;
        }

        var (o, oldNullable, oPointer) = SchemaFacts.Unwrap(old, oldPointer);
        var (n, newNullable, nPointer) = SchemaFacts.Unwrap(@new, newPointer);
        // At the schema as written: the null may have been added around it (a oneOf with null) rather than inside it.
        if (!oldNullable && newNullable)
        {
            walk.Differences.Add(Difference(DifferenceKind.BecameNullable, oldPointer, newPointer, place, "became nullable"));
        }

        var oldId = SchemaFacts.ComponentId(o, _oldComponents);
        var newId = SchemaFacts.ComponentId(n, _newComponents);
        if (oldId is not null && newId is not null)
        {
            if (_renames.Same(oldId, newId))
            {
                walk.Reach(new ComponentPair(oldId, newId));
            }
            else
            {
                walk.Differences.Add(Difference(DifferenceKind.TypeChanged, oPointer, nPointer, place, $"type changed from {oldId} to {newId}"));
            }

            return;
        }

        // A reference on one side only (or to something that is not a component): what it points at is compared.
        if (o is OpenApiSchemaReference || n is OpenApiSchemaReference)
        {
            var (oTarget, oTargetPointer) = Resolve(o, oldId, oPointer);
            var (nTarget, nTargetPointer) = Resolve(n, newId, nPointer);
            Walk(oTarget, nTarget, oTargetPointer, nTargetPointer, place.Deeper(), walk);
            return;
        }

        var oldType = SchemaFacts.TypeName(o);
        var newType = SchemaFacts.TypeName(n);
        if (oldType != newType)
        {
            walk.Differences.Add(Difference(DifferenceKind.TypeChanged, oPointer, nPointer, place, $"type changed from {oldType} to {newType}"));
            return;
        }

        CompareEnums(o, n, oPointer, nPointer, place, walk);
        foreach (var (tightened, detail) in ConstraintComparison.Compare(o, n))
        {
            walk.Differences.Add(Difference(tightened ? DifferenceKind.ConstraintTightened : DifferenceKind.ConstraintRelaxed, oPointer, nPointer, place, detail));
        }

        CompareProperties(o, n, oPointer, nPointer, place, walk);
        Walk(o.Items, n.Items, oPointer + "/items", nPointer + "/items", place.Child("[]"), walk);
        Walk(o.AdditionalProperties, n.AdditionalProperties, oPointer + "/additionalProperties", nPointer + "/additionalProperties", place.Child("{}"), walk);
        CompareBranches(o, n, oPointer, nPointer, place, walk);
        CompareAllOf(o, n, oPointer, nPointer, place, walk);
    }

    private (IOpenApiSchema? Target, string Pointer) Resolve(IOpenApiSchema schema, string? componentId, string pointer) =>
        schema is OpenApiSchemaReference reference
            ? (reference.Target, componentId is null ? pointer : SchemaFacts.ComponentPointer(componentId))
            : (schema, pointer);

    private static void CompareEnums(IOpenApiSchema o, IOpenApiSchema n, string oPointer, string nPointer, Place place, SchemaWalk walk)
    {
        var oldValues = SchemaFacts.EnumValues(o);
        var newValues = SchemaFacts.EnumValues(n);
        if (oldValues is null && newValues is null)
        {
            return;
        }

        if (newValues is null)
        {
            walk.Differences.Add(Difference(DifferenceKind.EnumValuesAdded, oPointer, nPointer, place, "is no longer limited to its enum values"));
            return;
        }

        if (oldValues is null)
        {
            walk.Differences.Add(Difference(DifferenceKind.EnumValuesRemoved, oPointer, nPointer, place, "became limited to the enum values " + string.Join(", ", newValues.OrderBy(v => v, System.StringComparer.Ordinal))));
            return;
        }

        var removed = oldValues.Where(v => !newValues.Contains(v)).OrderBy(v => v, System.StringComparer.Ordinal).ToList();
        var added = newValues.Where(v => !oldValues.Contains(v)).OrderBy(v => v, System.StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            walk.Differences.Add(Difference(DifferenceKind.EnumValuesRemoved, oPointer + "/enum", nPointer + "/enum", place, "lost enum values " + string.Join(", ", removed)));
        }

        if (added.Count > 0)
        {
            walk.Differences.Add(Difference(DifferenceKind.EnumValuesAdded, oPointer + "/enum", nPointer + "/enum", place, "gained enum values " + string.Join(", ", added)));
        }
    }

    private void CompareProperties(IOpenApiSchema o, IOpenApiSchema n, string oPointer, string nPointer, Place place, SchemaWalk walk)
    {
        var oldProperties = o.Properties;
        var newProperties = n.Properties;
        foreach (var property in oldProperties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var oldPropertyPointer = JsonPointers.Append(oPointer + "/properties", property.Key);
            var child = place.Property(property.Key, property.Value);
            if (newProperties is null || !newProperties.TryGetValue(property.Key, out var newProperty))
            {
                walk.Differences.Add(Difference(DifferenceKind.PropertyRemoved, oldPropertyPointer, null, child, "removed"));
                continue;
            }

            var newPropertyPointer = JsonPointers.Append(nPointer + "/properties", property.Key);
            var wasRequired = SchemaFacts.Requires(o, property.Key);
            var isRequired = SchemaFacts.Requires(n, property.Key);
            if (wasRequired != isRequired)
            {
                var kind = isRequired ? DifferenceKind.BecameRequired : DifferenceKind.BecameOptional;
                walk.Differences.Add(Difference(kind, oldPropertyPointer, newPropertyPointer, child, isRequired ? "became required" : "became optional"));
            }

            Walk(property.Value, newProperty, oldPropertyPointer, newPropertyPointer, child, walk);
        }

        foreach (var property in newProperties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (oldProperties is null || !oldProperties.ContainsKey(property.Key))
            {
                var required = SchemaFacts.Requires(n, property.Key);
                var added = Difference(DifferenceKind.PropertyAdded, null, JsonPointers.Append(nPointer + "/properties", property.Key), place.Property(property.Key, property.Value), required ? "added as required" : "added");
                walk.Differences.Add(added with { Required = required });
            }
        }
    }

    private void CompareBranches(IOpenApiSchema o, IOpenApiSchema n, string oPointer, string nPointer, Place place, SchemaWalk walk)
    {
        var oldBranches = SchemaShapes.Alternatives(o);
        var newBranches = SchemaShapes.Alternatives(n);
        if (oldBranches is null && newBranches is null)
        {
            return;
        }

        var oldKeyword = oldBranches?.Keyword ?? newBranches!.Value.Keyword;
        var newKeyword = newBranches?.Keyword ?? oldKeyword;
        var oldKeyed = Keyed(oldBranches?.Branches, _oldComponents, rename: true);
        var newKeyed = Keyed(newBranches?.Branches, _newComponents, rename: false);
        foreach (var (key, index, branch) in oldKeyed)
        {
            var oldBranchPointer = $"{oPointer}/{oldKeyword}/{index.ToString(CultureInfo.InvariantCulture)}";
            var match = newKeyed.FirstOrDefault(b => b.Key == key);
            if (match.Branch is null)
            {
                walk.Differences.Add(Difference(DifferenceKind.BranchRemoved, oldBranchPointer, null, place, $"lost {oldKeyword} branch {DescribeBranch(key)}"));
            }
            else
            {
                Walk(branch, match.Branch, oldBranchPointer, $"{nPointer}/{newKeyword}/{match.Index.ToString(CultureInfo.InvariantCulture)}", place.Deeper(), walk);
            }
        }

        foreach (var (key, index, _) in newKeyed.Where(b => !oldKeyed.Any(old => old.Key == b.Key)))
        {
            walk.Differences.Add(Difference(DifferenceKind.BranchAdded, null, $"{nPointer}/{newKeyword}/{index.ToString(CultureInfo.InvariantCulture)}", place, $"gained {newKeyword} branch {DescribeBranch(key)}"));
        }
    }

    // allOf parts are matched like branches; a part that disappears takes its members with it.
    private void CompareAllOf(IOpenApiSchema o, IOpenApiSchema n, string oPointer, string nPointer, Place place, SchemaWalk walk)
    {
        if ((o.AllOf?.Count ?? 0) == 0 && (n.AllOf?.Count ?? 0) == 0)
        {
            return;
        }

        var newKeyed = Keyed(n.AllOf, _newComponents, rename: false);
        foreach (var (key, index, part) in Keyed(o.AllOf, _oldComponents, rename: true))
        {
            var oldPartPointer = oPointer + "/allOf/" + index.ToString(CultureInfo.InvariantCulture);
            var match = newKeyed.FirstOrDefault(b => b.Key == key);
            if (match.Branch is null)
            {
                walk.Differences.Add(Difference(DifferenceKind.PropertyRemoved, oldPartPointer, null, place, $"lost allOf part {DescribeBranch(key)} and its members"));
            }
            else
            {
                Walk(part, match.Branch, oldPartPointer, nPointer + "/allOf/" + match.Index.ToString(CultureInfo.InvariantCulture), place.Deeper(), walk);
            }
        }
    }

    // A branch is known by the component it refers to (under its new name when renamed), else by its kind and its rank among
    // inline branches of that kind, so reordering branches is not a change.
    private List<(string Key, int Index, IOpenApiSchema Branch)> Keyed(IList<IOpenApiSchema>? branches, IDictionary<string, IOpenApiSchema> components, bool rename)
    {
        var result = new List<(string, int, IOpenApiSchema)>();
        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; branches is not null && i < branches.Count; i++)
        {
            var branch = branches[i];
            string key;
            if (SchemaFacts.ComponentId(branch, components) is { } id)
            {
                key = "'" + (rename ? _renames.NewName(id) : id) + "'";
            }
            else
            {
                var kind = SchemaFacts.TypeName(SchemaFacts.Unwrap(branch, string.Empty).Schema);
                seen[kind] = seen.TryGetValue(kind, out var count) ? count + 1 : 1;
                key = "(" + kind + (seen[kind] > 1 ? " #" + seen[kind].ToString(CultureInfo.InvariantCulture) : string.Empty) + ")";
            }

            result.Add((key, i, branch));
        }

        return result;
    }

    private static string DescribeBranch(string key) => key.StartsWith("(", System.StringComparison.Ordinal) ? "of type " + key.Trim('(', ')') : key;

    private static SchemaDifference Difference(DifferenceKind kind, string? oldPointer, string? newPointer, Place place, string detail) =>
        new(kind, oldPointer, newPointer, place.Path, detail, place.ReadOnly, place.WriteOnly);

    /// <summary>Where the walk is: the value's path for messages, visibility inherited from the properties above, depth.</summary>
    private readonly record struct Place(string Path, bool ReadOnly, bool WriteOnly, int Depth)
    {
        public Place Deeper() => this with { Depth = Depth + 1 };

        public Place Child(string suffix) => new(Path + suffix, ReadOnly, WriteOnly, Depth + 1);

        public Place Property(string name, IOpenApiSchema schema) =>
            new(Path.Length == 0 ? name : Path + "." + name, ReadOnly || schema.ReadOnly, WriteOnly || schema.WriteOnly, Depth + 1);
    }
}
