using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Builds each operation's request body: body parameters become a JSON object schema (dotted names such as
/// <c>params.limit</c> become nested objects), form parameters and curl <c>-F</c> fields a multipart schema, and
/// the sample's body (curl <c>-d</c>, bare JSON, raw HTTP) the example; a body shown but not described gets an
/// inferred schema.
/// </summary>
public sealed class RequestBodyPass : INormalizationPass
{
    /// <inheritdoc/>
    public string Name => "request-bodies";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        foreach (var operation in api.Operations)
        {
            using var site = operation.Processing();
            var sample = RequestSample.First(operation);
            var bodyFields = operation.Parameters.Where(p => p.Location == "body").ToList();
            var formFields = operation.Parameters.Where(p => p.Location is "form" or "formData").ToList();
            var isMultipart = formFields.Count > 0 || (sample?.Curl?.FormFields.Count ?? 0) > 0 || bodyFields.Any(IsFile);
            if (isMultipart)
            {
                operation.RequestBodyObject = Multipart(bodyFields.Concat(formFields).ToList(), sample?.Curl);
            }
            else if (bodyFields.Count > 0 || sample?.Body is not null)
            {
                operation.RequestBodyObject = Json(api, operation, bodyFields, sample);
            }
        }
    }

    private static bool IsFile(DraftParameter parameter) => parameter.Schema?["format"]?.GetValue<string>() == "binary";

    private static JsonObject Json(DraftApi api, DraftOperation operation, List<DraftParameter> fields, RequestSample? sample)
    {
        var mediaType = sample?.ContentType ?? "application/json";
        var example = Examples.TryParse(sample?.Body);
        var schema = fields.Count switch
        {
            0 => SchemaInference.FromExample(example),

            // "(body)" documents the body as a whole, an array say, rather than one of its members.
            1 when fields[0].Name == WholeBody => WholeBodySchema(fields[0]),
            _ => ObjectOf(fields),
        };
        var media = new JsonObject { ["schema"] = schema };
        if (example is not null)
        {
            media["example"] = example;
        }
        else if (!string.IsNullOrWhiteSpace(sample?.Body))
        {
            api.Report(DiagnosticCatalog.ExampleNotJson, $"The request example of {operation.Key} is not valid JSON; it is kept as text.", sample!.Sample.Source ?? operation.Source);
            media["examples"] = TextExample(sample.Body!);
        }

        return new JsonObject
        {
            ["required"] = fields.Count == 0 || fields.Any(f => f.Required),
            ["content"] = new JsonObject { [mediaType] = media },
        };
    }

    private static JsonObject Multipart(List<DraftParameter> fields, CurlCommand? curl)
    {
        var schema = fields.Count > 0 ? ObjectOf(fields) : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
        var properties = (JsonObject)schema["properties"]!;
        foreach (var (name, value) in curl?.FormFields ?? new List<(string, string)>())
        {
            if (!properties.ContainsKey(name))
            {
                properties[name] = value.StartsWith("@", StringComparison.Ordinal)
                    ? new JsonObject { ["type"] = "string", ["format"] = "binary" }
                    : new JsonObject { ["type"] = "string", ["examples"] = new JsonArray(JsonValue.Create(value)) };
            }
        }

        return new JsonObject
        {
            ["required"] = fields.Count == 0 || fields.Any(f => f.Required),
            ["content"] = new JsonObject { ["multipart/form-data"] = new JsonObject { ["schema"] = schema } },
        };
    }

    private const string WholeBody = "(body)";

    private static JsonObject WholeBodySchema(DraftParameter field)
    {
        var schema = (JsonObject)(field.Schema ?? new JsonObject()).DeepClone();
        if (!string.IsNullOrWhiteSpace(field.Description))
        {
            schema["description"] = field.Description;
        }

        Sources.Mark(schema, field.Source);
        return schema;
    }

    /// <summary>An object schema for <paramref name="fields"/>; "a.b" nests b inside a, "a[].b" inside a's items.</summary>
    internal static JsonObject ObjectOf(IEnumerable<DraftParameter> fields)
    {
        var root = NewObject();
        foreach (var field in fields)
        {
            var segments = field.Name.Split('.');
            var container = root;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                container = Child(container, segments[i]);
            }

            var leaf = segments[segments.Length - 1];
            var property = (JsonObject)(field.Schema ?? new JsonObject()).DeepClone();
            if (!string.IsNullOrWhiteSpace(field.Description))
            {
                property["description"] = field.Description;
            }

            if (field.ExampleText is { } exampleText && Examples.TryParse(exampleText) is { } example)
            {
                property["examples"] = new JsonArray(example);
            }

            Sources.Mark(property, field.Source);
            ((JsonObject)container["properties"]!)[leaf] = property;
            if (field.Required)
            {
                ((JsonArray)(container["required"] ??= new JsonArray())).Add(leaf);
            }
        }

        return root;
    }

    private static JsonObject Child(JsonObject container, string segment)
    {
        var isArray = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? segment.Substring(0, segment.Length - 2) : segment;
        var properties = (JsonObject)container["properties"]!;
        if (properties[name] is not JsonObject existing)
        {
            existing = isArray ? new JsonObject { ["type"] = "array", ["items"] = NewObject() } : NewObject();
            properties[name] = existing;
        }

        // A documented "params" (object) followed by "params.limit": the object gains properties.
        if (isArray || existing["type"]?.ToString() == "array")
        {
            return existing["items"] as JsonObject ?? (JsonObject)(existing["items"] = NewObject());
        }

        existing["properties"] ??= new JsonObject();
        return existing;
    }

    private static JsonObject NewObject() => new() { ["type"] = "object", ["properties"] = new JsonObject() };

    internal static JsonObject TextExample(string text) => new()
    {
        ["documented"] = new JsonObject
        {
            ["summary"] = "As documented; not valid JSON, kept as text.",
            ["value"] = text,
        },
    };
}
