using System;
using System.Collections.Generic;
using Microsoft.OpenApi;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>
/// Finds the members of a page's response schema by name. <c>$ref</c>s need no handling of their own: an
/// <see cref="OpenApiSchemaReference"/> answers with its target's properties and type.
/// </summary>
internal static class PageSchema
{
    // allOf chains and alias wrappers are shallow in practice; the bound only stops a cycle.
    private const int MaxDepth = 16;

    /// <summary>The objects a next cursor, has-more flag or total may sit in, normalized.</summary>
    public static readonly string[] Wrappers = { "pagination", "meta", "paging", "pageinfo", "links", "cursor", "cursors" };

    /// <summary>Lower case without '_' and '-', so <c>next_cursor</c>, <c>nextCursor</c> and <c>Next-Cursor</c> agree.</summary>
    public static string Normalize(string name)
    {
        var chars = new char[name.Length];
        var count = 0;
        foreach (var c in name)
        {
            if (c != '_' && c != '-')
            {
                chars[count++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, count);
    }

    /// <summary>
    /// The schema a value really has: through <c>allOf: [$ref]</c> aliases and 3.1's <c>oneOf: [X, {type: null}]</c>,
    /// which only describe or make nullable what they wrap.
    /// </summary>
    public static IOpenApiSchema Unwrap(IOpenApiSchema schema)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (SchemaShapes.IsAllOfAlias(schema))
            {
                schema = schema.AllOf![0];
            }
            else if (SchemaShapes.SingleNonNullBranch(schema) is { } branch)
            {
                schema = branch;
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    /// <summary>The properties the mapped record has: its own and those of its allOf parts, first declaration winning.</summary>
    public static List<KeyValuePair<string, IOpenApiSchema>> Properties(IOpenApiSchema schema)
    {
        var result = new List<KeyValuePair<string, IOpenApiSchema>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(Unwrap(schema), result, seen, 0);
        return result;
    }

    public static bool IsArray(IOpenApiSchema schema)
    {
        schema = Unwrap(schema);
        return SchemaShapes.SingleType(schema) == JsonSchemaType.Array || (schema.Type is null && schema.Items is not null);
    }

    /// <summary>A string that can be sent back as a cursor; a <c>format: uri</c> string is a link to the next page, not a cursor.</summary>
    public static bool IsCursorString(IOpenApiSchema schema)
    {
        schema = Unwrap(schema);
        return SchemaShapes.SingleType(schema) == JsonSchemaType.String
            && schema.Format is not ("uri" or "uri-reference" or "iri" or "iri-reference" or "url");
    }

    public static bool IsBoolean(IOpenApiSchema schema) => SchemaShapes.SingleType(Unwrap(schema)) == JsonSchemaType.Boolean;

    public static bool IsInteger(IOpenApiSchema schema) => SchemaShapes.SingleType(Unwrap(schema)) == JsonSchemaType.Integer;

    /// <summary>
    /// The pointer to the first property whose normalized name is in <paramref name="names"/> and whose schema passes
    /// <paramref name="accept"/>. Names are tried in order; for each, the top level comes before the <see cref="Wrappers"/>,
    /// which are tried in schema order. Null when none matches.
    /// </summary>
    public static string? Find(IReadOnlyList<KeyValuePair<string, IOpenApiSchema>> properties, string[] names, Func<IOpenApiSchema, bool> accept)
    {
        var wrappers = new List<KeyValuePair<string, List<KeyValuePair<string, IOpenApiSchema>>>>();
        foreach (var property in properties)
        {
            if (Array.IndexOf(Wrappers, Normalize(property.Key)) >= 0)
            {
                var inner = Properties(property.Value);
                if (inner.Count > 0)
                {
                    wrappers.Add(new KeyValuePair<string, List<KeyValuePair<string, IOpenApiSchema>>>(property.Key, inner));
                }
            }
        }

        foreach (var name in names)
        {
            if (Match(properties, name, accept) is { } top)
            {
                return JsonPointers.Append(string.Empty, top);
            }

            foreach (var wrapper in wrappers)
            {
                if (Match(wrapper.Value, name, accept) is { } nested)
                {
                    return JsonPointers.Append(JsonPointers.Append(string.Empty, wrapper.Key), nested);
                }
            }
        }

        return null;
    }

    /// <summary>The schema at <paramref name="pointer"/>, following properties from <paramref name="root"/>; null when it is not there.</summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema root, string pointer)
    {
        var schema = root;
        foreach (var token in JsonPointers.Split(pointer))
        {
            IOpenApiSchema? next = null;
            foreach (var property in Properties(schema))
            {
                if (property.Key == token)
                {
                    next = property.Value;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            schema = next;
        }

        return schema;
    }

    private static string? Match(IReadOnlyList<KeyValuePair<string, IOpenApiSchema>> properties, string name, Func<IOpenApiSchema, bool> accept)
    {
        foreach (var property in properties)
        {
            if (Normalize(property.Key) == name && accept(property.Value))
            {
                return property.Key;
            }
        }

        return null;
    }

    private static void Collect(IOpenApiSchema schema, List<KeyValuePair<string, IOpenApiSchema>> result, HashSet<string> seen, int depth)
    {
        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (seen.Add(property.Key))
            {
                result.Add(property);
            }
        }

        foreach (var part in schema.AllOf ?? new List<IOpenApiSchema>())
        {
            Collect(Unwrap(part), result, seen, depth + 1);
        }
    }
}
