using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Reading;
using SpecForge.Core.Reading.Structure;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>The OpenAPI fence of an endpoint page: its YAML body and its info line <c>yaml &lt;spec URL&gt; &lt;method&gt; &lt;path&gt;</c>.</summary>
internal static class EmbeddedOpenApiFence
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    /// <summary>Parses the fence body into <see cref="DraftApi.EmbeddedOpenApi"/>, with every position moved into the page.</summary>
    public static void Read(DraftApi api, string filePath, SourceLines lines, MarkdownFence fence)
    {
        var opening = lines.PositionOfLine(fence.OpeningLine);
        if (!fence.IsClosed)
        {
            // Still read: YAML is line-based, so what is there usually parses; but a cut-off page loses paths silently.
            api.Diagnostics.Add(new SpecDiagnostic(
                DiagnosticCatalog.EmbeddedOpenApiUnreadable,
                SpecSeverity.Warning,
                "The OpenAPI fence opened here is never closed, so the page may be cut off; the rest of the page was read as its YAML.",
                filePath,
                opening.Line,
                opening.Column));
        }

        var tree = YamlTextParser.Parse(filePath, fence.Body(lines));
        api.Diagnostics.AddRange(tree.Diagnostics.Select(d => IntoPage(d, fence)));
        if (tree.Root is JsonObject root && (root.ContainsKey("openapi") || root.ContainsKey("swagger")))
        {
            var checks = new List<SpecDiagnostic>();
            StructureCheck.Run(root, filePath, tree.Locator, checks);
            api.Diagnostics.AddRange(checks.Select(d => IntoPage(d, fence)));
            api.EmbeddedOpenApi = root;
            if (root["info"] is JsonObject info)
            {
                api.Title = Text(info["title"]);
                api.Description = Text(info["description"]);
                api.Version = Text(info["version"]);
            }
        }
        else if (tree.Root is not null || tree.Diagnostics.Count == 0)
        {
            api.Diagnostics.Add(SpecDiagnostic.At(
                DiagnosticCatalog.EmbeddedOpenApiUnreadable,
                "The page's ```" + fence.Language + " fence does not hold an OpenAPI document (its root has no 'openapi' or 'swagger' field).",
                filePath,
                opening));
        }
    }

    /// <summary>The page's operation, named by the info line (or, failing that, by the slice's only operation).</summary>
    public static DraftOperation? Operation(DraftApi api, string filePath, SourceLines lines, MarkdownFence fence)
    {
        var words = fence.Info.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var methodAt = words.FindIndex(w => Methods.Contains(w.ToLowerInvariant()));
        var method = methodAt >= 0 ? words[methodAt].ToLowerInvariant() : null;
        var path = methodAt >= 0 ? words.Skip(methodAt + 1).FirstOrDefault(w => w.StartsWith("/", StringComparison.Ordinal)) : null;
        var paths = api.EmbeddedOpenApi?["paths"] as JsonObject;
        if (method is null || path is null)
        {
            var only = (paths ?? new JsonObject())
                .Where(p => p.Value is JsonObject)
                .SelectMany(p => ((JsonObject)p.Value!).Where(m => Methods.Contains(m.Key)).Select(m => (Path: p.Key, Method: m.Key)))
                .ToList();
            if (only.Count != 1)
            {
                api.Diagnostics.Add(SpecDiagnostic.At(
                    DiagnosticCatalog.MarkdownHeadingNotUnderstood,
                    "The OpenAPI fence's info line names no method and path (```yaml <spec URL> <method> <path>), and the embedded document has no single operation to take them from; the page documents no operation.",
                    filePath,
                    lines.PositionOfLine(fence.OpeningLine)));
                return null;
            }

            (path, method) = only[0];
        }

        var operation = new DraftOperation { Method = method.ToUpperInvariant(), RawPath = path };
        if (paths?[path]?[method] is JsonObject embedded)
        {
            operation.Tag = (embedded["tags"] as JsonArray)?.FirstOrDefault() is JsonValue tag ? tag.ToString() : null;
            operation.OperationId = Text(embedded["operationId"]);
            operation.Deprecated = embedded["deprecated"] is JsonValue deprecated && deprecated.TryGetValue<bool>(out var flag) && flag;
        }
        else if (api.EmbeddedOpenApi is not null)
        {
            api.Diagnostics.Add(SpecDiagnostic.At(
                DiagnosticCatalog.MarkdownHeadingNotUnderstood,
                $"The OpenAPI fence's info line names {operation.Method} {path}, which the embedded document does not define.",
                filePath,
                lines.PositionOfLine(fence.OpeningLine)));
        }

        return operation;
    }

    // The YAML parser counts from the fence body's first line; users need the page's line (and column, if indented).
    private static SpecDiagnostic IntoPage(SpecDiagnostic diagnostic, MarkdownFence fence)
    {
        var line = diagnostic.Line > 0 ? diagnostic.Line + fence.BodyStart : fence.OpeningLine + 1;
        var column = diagnostic.Line > 0 ? diagnostic.Column + fence.Indent : 1;
        if (diagnostic.Id != DiagnosticCatalog.MalformedYaml)
        {
            return diagnostic with { Line = line, Column = column };
        }

        const string Prefix = "Invalid YAML: ";
        var detail = diagnostic.Message.StartsWith(Prefix, StringComparison.Ordinal) ? diagnostic.Message.Substring(Prefix.Length) : diagnostic.Message;
        return SpecDiagnostic.Create(
            DiagnosticCatalog.EmbeddedOpenApiUnreadable,
            "The OpenAPI embedded in the page is not valid YAML: " + detail,
            diagnostic.FilePath,
            line,
            column);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value ? value.ToString() : null;
}
