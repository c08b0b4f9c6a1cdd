using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.OpenApi;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Component schemas that were renamed: one removed and one added with the same structure (descriptions, examples
/// and order aside). The wire format is unchanged, so each pair is compared as one schema; only the generated type's
/// name changes. References inside are compared by name, so two components renamed together that refer to each other
/// are both seen only when their other members are identical too.
/// </summary>
internal sealed class SchemaRenames
{
    // Fingerprints stop here; a component deeper than this is compared only down to it.
    private const int MaxDepth = 24;

    // The constraints of a schema are written as the changes from a schema without any.
    private static readonly IOpenApiSchema Unconstrained = new OpenApiSchema();

    private readonly Dictionary<string, string> _newNameOf;

    private SchemaRenames(Dictionary<string, string> newNameOf)
    {
        _newNameOf = newNameOf;
    }

    /// <summary>Old name → new name, in the old document's order.</summary>
    public IReadOnlyDictionary<string, string> Pairs => _newNameOf;

    /// <summary>Finds the renamed components of <paramref name="old"/> in <paramref name="new"/>.</summary>
    public static SchemaRenames Find(OpenApiDocument old, OpenApiDocument @new)
    {
        var oldSchemas = old.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var newSchemas = @new.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var removed = oldSchemas.Where(s => !newSchemas.ContainsKey(s.Key)).ToList();
        var added = newSchemas.Where(s => !oldSchemas.ContainsKey(s.Key)).ToList();
        var pairs = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (removed.Count == 0 || added.Count == 0)
        {
            return new SchemaRenames(pairs);
        }

        // Each added component can be the new name of one removed component: the first, in document order.
        var candidates = new Dictionary<string, Queue<string>>(System.StringComparer.Ordinal);
        foreach (var schema in added)
        {
            var print = Fingerprint(schema.Value);
            if (!candidates.TryGetValue(print, out var queue))
            {
                candidates[print] = queue = new Queue<string>();
            }

            queue.Enqueue(schema.Key);
        }

        foreach (var schema in removed)
        {
            if (candidates.TryGetValue(Fingerprint(schema.Value), out var queue) && queue.Count > 0)
            {
                pairs[schema.Key] = queue.Dequeue();
            }
        }

        return new SchemaRenames(pairs);
    }

    /// <summary>True when the old component <paramref name="oldId"/> is the new <paramref name="newId"/>.</summary>
    public bool Same(string oldId, string newId) => NewName(oldId) == newId;

    /// <summary>The name <paramref name="oldId"/> has in the new document.</summary>
    public string NewName(string oldId) => _newNameOf.TryGetValue(oldId, out var renamed) ? renamed : oldId;

    private static string Fingerprint(IOpenApiSchema schema)
    {
        var text = new StringBuilder();
        Write(schema, text, 0);
        return text.ToString();
    }

    private static void Write(IOpenApiSchema? schema, StringBuilder text, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            text.Append('_');
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            text.Append("$").Append(reference.Reference.Id).Append(';');
            return;
        }

        var (unwrapped, nullable, _) = SchemaFacts.Unwrap(schema, string.Empty);
        if (!ReferenceEquals(unwrapped, schema))
        {
            text.Append(nullable ? "?" : "=");
            Write(unwrapped, text, depth + 1);
            return;
        }

        text.Append('{').Append(SchemaFacts.TypeName(schema)).Append(nullable ? "?" : string.Empty);
        foreach (var value in SchemaFacts.EnumValues(schema)?.OrderBy(v => v, System.StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            text.Append("|e").Append(value);
        }

        foreach (var (tightened, detail) in ConstraintComparison.Compare(Unconstrained, schema))
        {
            text.Append("|c").Append(tightened ? '+' : '-').Append(detail);
        }

        foreach (var property in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            text.Append("|p").Append(property.Key).Append(SchemaFacts.Requires(schema, property.Key) ? "!" : string.Empty).Append(':');
            Write(property.Value, text, depth + 1);
        }

        WriteList("i", new[] { schema.Items }, text, depth);
        WriteList("a", new[] { schema.AdditionalProperties }, text, depth);
        WriteList("all", schema.AllOf, text, depth);
        WriteList(SchemaShapes.Alternatives(schema)?.Keyword ?? "one", SchemaShapes.Alternatives(schema)?.Branches, text, depth);
        text.Append('}');
    }

    private static void WriteList(string label, IEnumerable<IOpenApiSchema?>? schemas, StringBuilder text, int depth)
    {
        var index = 0;
        foreach (var schema in schemas ?? Enumerable.Empty<IOpenApiSchema?>())
        {
            if (schema is not null)
            {
                text.Append('|').Append(label).Append(index.ToString(CultureInfo.InvariantCulture)).Append(':');
                Write(schema, text, depth + 1);
            }

            index++;
        }
    }
}
