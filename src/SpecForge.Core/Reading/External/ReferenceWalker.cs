using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Reading.External;

/// <summary>An object holding a string <c>$ref</c>, the kind of object the grammar expects there, and how to replace it.</summary>
/// <param name="Node">The object with the <c>$ref</c>.</param>
/// <param name="Kind">"Schema", "Parameter", "PathItem", …; "Extension" inside an <c>x-</c> value.</param>
/// <param name="Replace">Puts another node in the object's place in its parent.</param>
/// <param name="BundledPath">Where the object is in the document being built.</param>
/// <param name="FilePath">Where the object is in the file it was written in.</param>
internal sealed record ExternalSite(JsonObject Node, string Kind, Action<JsonNode> Replace, PathSegment BundledPath, PathSegment FilePath)
{
    /// <summary>
    /// For a discriminator's mapping value, which is a reference written as a plain string: puts the resolved
    /// reference back in its place. Null for a real <c>$ref</c> object.
    /// </summary>
    public Action<string>? WriteBack { get; init; }
}

/// <summary>
/// Finds the <c>$ref</c>s of a tree with the kind of object each stands for, walking it with the OpenAPI grammar the
/// way the structure check does, without changing anything. Values that are data (examples, defaults, enums) are not
/// searched: a <c>$ref</c> there is text, not a reference.
/// </summary>
internal sealed class ReferenceWalker
{
    private readonly OpenApiGrammar _grammar;
    private readonly List<ExternalSite> _sites = new();

    private ReferenceWalker(OpenApiGrammar grammar) => _grammar = grammar;

    /// <summary>The sites under <paramref name="node"/>, which has the shape <paramref name="kind"/> names.</summary>
    public static List<ExternalSite> Find(OpenApiGrammar grammar, JsonNode node, string kind, Action<JsonNode> replace, PathSegment bundledPath, PathSegment filePath)
    {
        var walker = new ReferenceWalker(grammar);
        walker.Walk(node, ShapeOf(kind), replace, bundledPath, filePath, isExtension: kind == "Extension");
        return walker._sites;
    }

    private static Shape ShapeOf(string kind) => kind switch
    {
        "Schema" => Shape.Schema,
        "Extension" => Shape.Any,
        _ => Shape.Object(kind),
    };

    private void Walk(JsonNode? node, Shape shape, Action<JsonNode> replace, PathSegment bundled, PathSegment file, bool isExtension = false)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Object when node is JsonObject obj:
                WalkObject(obj, shape.Name!, replace, bundled, file);
                break;
            case ShapeKind.Schema or ShapeKind.SchemaOrBoolean when node is JsonObject schema:
                WalkObject(schema, "Schema", replace, bundled, file);
                break;
            case ShapeKind.Map when node is JsonObject map:
                if (shape.Name is { } named && HasReference(map))
                {
                    _sites.Add(new ExternalSite(map, named, replace, bundled, file));
                    break;
                }

                foreach (var entry in map.ToList())
                {
                    var key = entry.Key;
                    var extension = shape.AllowsExtensions && key.StartsWith("x-", StringComparison.Ordinal);
                    Walk(entry.Value, extension ? Shape.Any : shape.Item!, value => map[key] = value, bundled.Key(key), file.Key(key), extension);
                }

                break;
            case ShapeKind.List when node is JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    var index = i;
                    Walk(list[i], shape.Item!, value => list[index] = value, bundled.Index(i), file.Index(i));
                }

                break;
            case ShapeKind.Any when isExtension:
                WalkExtension(node, replace, bundled, file);
                break;
        }
    }

    private void WalkObject(JsonObject obj, string kind, Action<JsonNode> replace, PathSegment bundled, PathSegment file)
    {
        if (HasReference(obj))
        {
            _sites.Add(new ExternalSite(obj, kind, replace, bundled, file));
            return;
        }

        if (kind == "Discriminator" && obj["mapping"] is JsonObject mapping)
        {
            AddMappingSites(mapping, bundled.Key("mapping"), file.Key("mapping"));
        }

        var fields = _grammar.Fields(kind);
        foreach (var entry in obj.ToList())
        {
            var key = entry.Key;
            var extension = key.StartsWith("x-", StringComparison.Ordinal);
            var shape = !extension && fields.TryGetValue(key, out var known) ? known : Shape.Any;
            Walk(entry.Value, shape, value => obj[key] = value, bundled.Key(key), file.Key(key), extension);
        }
    }

    // A mapping value is a schema's name or a reference to one; a reference (to another file, or a pointer in a part)
    // has to be resolved like a $ref, and is stood in for by a $ref object while it is.
    private void AddMappingSites(JsonObject mapping, PathSegment bundled, PathSegment file)
    {
        foreach (var entry in mapping.ToList())
        {
            if (entry.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>() is { } target && target.IndexOfAny(new[] { '#', '/', '.' }) >= 0)
            {
                var key = entry.Key;
                var standIn = new JsonObject { ["$ref"] = target };
                _sites.Add(new ExternalSite(standIn, "Schema", _ => { }, bundled.Key(key), file.Key(key))
                {
                    WriteBack = resolved => mapping[key] = resolved,
                });
            }
        }
    }

    // Inside an extension any object may be a reference (Redocly's x-codeSamples take their source from a file).
    private void WalkExtension(JsonNode? node, Action<JsonNode> replace, PathSegment bundled, PathSegment file)
    {
        switch (node)
        {
            case JsonObject obj when HasReference(obj):
                _sites.Add(new ExternalSite(obj, "Extension", replace, bundled, file));
                break;
            case JsonObject obj:
                foreach (var entry in obj.ToList())
                {
                    var key = entry.Key;
                    WalkExtension(entry.Value, value => obj[key] = value, bundled.Key(key), file.Key(key));
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    var index = i;
                    WalkExtension(list[i], value => list[index] = value, bundled.Index(i), file.Index(i));
                }

                break;
        }
    }

    private static bool HasReference(JsonObject obj) =>
        obj.TryGetPropertyValue("$ref", out var reference) && reference is JsonValue value && value.GetValueKind() == JsonValueKind.String;
}
