using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>A JSON example the spec gives for a component schema, where it gives it, and which way it travels.</summary>
internal sealed record SpecExample(string SchemaName, string Where, JsonElement Value, bool IsRequest);

/// <summary>
/// Collects the examples a normalized (OpenAPI 3.1) document gives for its component schemas: a schema's own
/// <c>example</c>/<c>examples</c>, and the <c>example</c>/<c>examples</c> of JSON request and response bodies whose
/// schema is a component, or a list of one (each item is then an example of the component).
/// </summary>
internal static class SpecExamples
{
    private const string SchemaPrefix = "#/components/schemas/";

    public static List<SpecExample> Collect(JsonElement root)
    {
        var found = new List<SpecExample>();
        if (Child(Child(root, "components"), "schemas") is { ValueKind: JsonValueKind.Object } schemas)
        {
            foreach (var schema in schemas.EnumerateObject())
            {
                var where = "/components/schemas/" + schema.Name;
                if (schema.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (schema.Value.TryGetProperty("example", out var example))
                {
                    found.Add(new SpecExample(schema.Name, where + "/example", example, IsRequest: false));
                }

                if (Child(schema.Value, "examples") is { ValueKind: JsonValueKind.Array } list)
                {
                    var index = 0;
                    foreach (var item in list.EnumerateArray())
                    {
                        found.Add(new SpecExample(schema.Name, where + "/examples/" + index++, item, IsRequest: false));
                    }
                }
            }
        }

        if (Child(root, "paths") is { ValueKind: JsonValueKind.Object } paths)
        {
            foreach (var path in paths.EnumerateObject())
            {
                if (path.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var operation in path.Value.EnumerateObject())
                {
                    var where = "/paths/" + Escape(path.Name) + "/" + operation.Name;
                    if (operation.Value.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    if (Resolve(root, Child(operation.Value, "requestBody")) is { } body)
                    {
                        FromContent(root, body, where + "/requestBody", isRequest: true, found);
                    }

                    if (Child(operation.Value, "responses") is { ValueKind: JsonValueKind.Object } responses)
                    {
                        foreach (var response in responses.EnumerateObject())
                        {
                            if (Resolve(root, response.Value) is { } resolved)
                            {
                                FromContent(root, resolved, where + "/responses/" + response.Name, isRequest: false, found);
                            }
                        }
                    }
                }
            }
        }

        return found;
    }

    private static void FromContent(JsonElement root, JsonElement holder, string where, bool isRequest, List<SpecExample> found)
    {
        if (Child(holder, "content") is not { ValueKind: JsonValueKind.Object } content)
        {
            return;
        }

        foreach (var media in content.EnumerateObject())
        {
            if (!media.Name.Contains("json", StringComparison.OrdinalIgnoreCase) || media.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var target = Target(Child(media.Value, "schema"));
            if (target is null)
            {
                continue;
            }

            var at = where + "/content/" + Escape(media.Name);
            if (media.Value.TryGetProperty("example", out var example))
            {
                Add(target.Value, at + "/example", example, isRequest, found);
            }

            if (Child(media.Value, "examples") is { ValueKind: JsonValueKind.Object } examples)
            {
                foreach (var named in examples.EnumerateObject())
                {
                    if (Resolve(root, named.Value) is { } resolved && resolved.TryGetProperty("value", out var value))
                    {
                        Add(target.Value, at + "/examples/" + Escape(named.Name), value, isRequest, found);
                    }
                }
            }
        }
    }

    private static void Add((string Name, bool IsList) target, string where, JsonElement value, bool isRequest, List<SpecExample> found)
    {
        if (!target.IsList)
        {
            found.Add(new SpecExample(target.Name, where, value, isRequest));
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                found.Add(new SpecExample(target.Name, where + "/" + index++, item, isRequest));
            }
        }
    }

    // A component, or a list of one; anything else has no generated type of its own to read the example.
    private static (string Name, bool IsList)? Target(JsonElement? schema)
    {
        if (Reference(schema) is { } name)
        {
            return (name, false);
        }

        return Child(schema, "type") is { ValueKind: JsonValueKind.String } type && type.GetString() == "array" && Reference(Child(schema, "items")) is { } item
            ? (item, true)
            : null;
    }

    private static string? Reference(JsonElement? schema) =>
        Child(schema, "$ref") is { ValueKind: JsonValueKind.String } reference
        && reference.GetString() is { } text
        && text.StartsWith(SchemaPrefix, StringComparison.Ordinal)
        && text.IndexOf('/', SchemaPrefix.Length) < 0
            ? text.Substring(SchemaPrefix.Length).Replace("~1", "/").Replace("~0", "~")
            : null;

    // Follows a local reference to a reusable response, request body or example (one step is all the corpus uses).
    private static JsonElement? Resolve(JsonElement root, JsonElement? element)
    {
        if (Child(element, "$ref") is not { ValueKind: JsonValueKind.String } reference)
        {
            return element is { ValueKind: JsonValueKind.Object } ? element : null;
        }

        var text = reference.GetString()!;
        if (!text.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonElement? current = root;
        foreach (var segment in text.Substring(2).Split('/'))
        {
            current = Child(current, segment.Replace("~1", "/").Replace("~0", "~"));
        }

        return current is { ValueKind: JsonValueKind.Object } ? current : null;
    }

    private static JsonElement? Child(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var child) ? child : null;

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
