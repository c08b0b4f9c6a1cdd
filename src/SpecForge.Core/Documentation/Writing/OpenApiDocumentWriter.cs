using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Documentation.Passes;

namespace SpecForge.Core.Documentation.Writing;

/// <summary>
/// Writes a normalized draft as an OpenAPI 3.1 document. The member order it builds is the canonical order:
/// info, servers, tags, paths (in order of first mention), components; inside an operation the order of the
/// OpenAPI specification, with <c>x-</c> members last.
/// </summary>
public static class OpenApiDocumentWriter
{
    private static readonly string[] MethodOrder = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>The OpenAPI 3.1 document for <paramref name="api"/>.</summary>
    public static JsonObject Write(DraftApi api, string? titleOverride = null)
    {
        var embedded = api.EmbeddedOpenApi?.DeepClone() as JsonObject;
        OpenApi30To31.Convert(embedded);

        var info = new JsonObject
        {
            ["title"] = titleOverride ?? api.Title ?? embedded?["info"]?["title"]?.GetValue<string>() ?? "API",
            ["version"] = api.Version ?? embedded?["info"]?["version"]?.GetValue<string>() ?? "unversioned",
        };
        if ((api.Description ?? embedded?["info"]?["description"]?.GetValue<string>()) is { } description)
        {
            info["description"] = description;
        }

        var document = new JsonObject { ["openapi"] = "3.1.0", ["info"] = info };
        var servers = api.Servers.Count > 0
            ? new JsonArray(api.Servers.Select(s => (JsonNode?)new JsonObject { ["url"] = s }).ToArray())
            : embedded?["servers"]?.DeepClone() as JsonArray;
        if (servers is not null)
        {
            document["servers"] = servers;
        }

        document["tags"] = Tags(api, embedded);
        document["paths"] = Paths(api, embedded);
        if (Components(api, embedded) is { Count: > 0 } components)
        {
            document["components"] = components;
        }

        return document;
    }

    private static JsonArray Tags(DraftApi api, JsonObject? embedded)
    {
        var tags = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in api.Tags.Where(t => seen.Add(t.Name)))
        {
            var node = new JsonObject { ["name"] = tag.Name };
            if (!string.IsNullOrWhiteSpace(tag.Description))
            {
                node["description"] = tag.Description;
            }

            Sources.Mark(node, tag.Source);
            tags.Add(node);
        }

        foreach (var tag in (embedded?["tags"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            if (tag["name"]?.GetValue<string>() is { } name && seen.Add(name))
            {
                tags.Add(tag.DeepClone());
            }
        }

        return tags;
    }

    private static JsonObject Paths(DraftApi api, JsonObject? embedded)
    {
        var paths = embedded?["paths"]?.DeepClone() as JsonObject ?? new JsonObject();
        foreach (var group in api.Operations.GroupBy(o => o.Path ?? o.RawPath))
        {
            var item = paths[group.Key] as JsonObject ?? new JsonObject();
            foreach (var operation in group)
            {
                var method = operation.Method.ToLowerInvariant();
                item[method] = item[method] is JsonObject existing && api.EmbeddedOpenApi is not null
                    ? WithPageTexts(existing, operation)
                    : Operation(operation);
            }

            paths[group.Key] = Ordered(item, MethodOrder);
        }

        return paths;
    }

    // An endpoint page's operation comes from its embedded slice; the page's own title and description are the better texts.
    private static JsonObject WithPageTexts(JsonObject embedded, DraftOperation page)
    {
        if (!string.IsNullOrWhiteSpace(page.Summary))
        {
            embedded["summary"] = page.Summary;
        }

        if (!string.IsNullOrWhiteSpace(page.Description))
        {
            embedded["description"] = page.Description;
        }

        Sources.Mark(embedded, page.Source);
        return embedded;
    }

    private static JsonObject Operation(DraftOperation operation)
    {
        var node = new JsonObject();
        if (operation.Tag is { } tag)
        {
            node["tags"] = new JsonArray(JsonValue.Create(tag));
        }

        Set(node, "summary", operation.Summary);
        Set(node, "description", operation.Description);
        node["operationId"] = operation.OperationId;
        var parameters = operation.Parameters.Where(p => p.Location is "path" or "query" or "header" or "cookie").Select(Parameter).ToArray();
        if (parameters.Length > 0)
        {
            node["parameters"] = new JsonArray(parameters);
        }

        if (operation.RequestBodyObject is { } body)
        {
            node["requestBody"] = body.DeepClone();
        }

        node["responses"] = operation.ResponsesObject.DeepClone();
        if (operation.ServerUrl is { } server)
        {
            node["servers"] = new JsonArray(new JsonObject { ["url"] = server });
        }

        if (operation.Deprecated)
        {
            node["deprecated"] = true;
        }

        foreach (var extension in operation.Extensions.Where(e => !e.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            node[extension.Key] = extension.Value?.DeepClone();
        }

        if (operation.AliasOf is { } canonical)
        {
            node["x-alias-of"] = canonical;
        }

        foreach (var extension in operation.Extensions.Where(e => e.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            node[extension.Key] = extension.Value?.DeepClone();
        }

        Sources.Mark(node, operation.Source);
        return node;
    }

    private static JsonNode Parameter(DraftParameter parameter)
    {
        var node = new JsonObject { ["name"] = parameter.Name, ["in"] = parameter.Location };
        Set(node, "description", parameter.Description);
        if (parameter.Required || parameter.Location == "path")
        {
            node["required"] = true;
        }

        node["schema"] = parameter.Schema?.DeepClone() ?? new JsonObject { ["type"] = "string" };
        Sources.Mark(node, parameter.Source);
        return node;
    }

    private static JsonObject Components(DraftApi api, JsonObject? embedded)
    {
        var components = embedded?["components"]?.DeepClone() as JsonObject ?? new JsonObject();
        if (api.Operations.Any(o => o.Extensions.ContainsKey("security")))
        {
            var schemes = components["securitySchemes"] as JsonObject ?? new JsonObject();
            schemes[SecurityPass.SchemeName] = new JsonObject
            {
                ["type"] = "http",
                ["scheme"] = "bearer",
                ["description"] = api.AuthenticationText ?? "Bearer token.",
            };
            components["securitySchemes"] = schemes;
        }

        return components;
    }

    private static void Set(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[name] = value;
        }
    }

    private static JsonObject Ordered(JsonObject item, string[] order)
    {
        var ordered = new JsonObject();
        foreach (var member in item.ToList().OrderBy(m => Array.IndexOf(order, m.Key) is var i and >= 0 ? i : order.Length))
        {
            item.Remove(member.Key);
            ordered[member.Key] = member.Value;
        }

        return ordered;
    }
}
