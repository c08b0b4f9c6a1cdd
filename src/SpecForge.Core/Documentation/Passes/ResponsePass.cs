using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Builds each operation's responses from what the docs say and show: "Returns 204 No Content", "Returns text/plain",
/// binary downloads, server-sent events, named response headers, documented responses and JSON response examples
/// (whose shape becomes the schema). Without any hint an operation answers 200 with a JSON body of unknown shape.
/// </summary>
public sealed class ResponsePass : INormalizationPass
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly Regex NoContent = new(@"\b(?:returns?|responds? with)\s+(?:a\s+|an\s+|HTTP\s+)?204\b|\b204 No Content\b", Options);
    private static readonly Regex TextPlain = new(@"\breturns?\s+(?:a\s+)?(?:raw\s+)?text/plain\b", Options);
    private static readonly Regex Csv = new(@"\breturns?\s+(?:a\s+)?(?:raw\s+)?(?:text/csv|CSV)\b", Options);
    private static readonly Regex Binary = new(@"\breturns?\s+(?:the\s+|a\s+)?(?:raw\s+)?(?:binary|file|application/octet-stream|PDF)\b", Options);
    private static readonly Regex EventStream = new(@"text/event-stream|server-sent events|\bSSE\b", Options);
    private static readonly Regex Header = new(@"\b(X-[A-Za-z0-9-]+)\s+(?:response\s+)?header\b", Options);

    /// <inheritdoc/>
    public string Name => "responses";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        foreach (var operation in api.Operations)
        {
            using var site = operation.Processing();
            var text = operation.Description ?? string.Empty;
            var documented = operation.Responses.FirstOrDefault();
            var status = documented?.Status ?? (NoContent.IsMatch(text) ? "204" : operation.Method == "POST" && text.IndexOf("201", StringComparison.Ordinal) >= 0 ? "201" : "200");
            var response = new JsonObject { ["description"] = documented?.Description ?? (status == "204" ? "No content." : "Successful response.") };
            Sources.Mark(response, documented?.Source);
            if (status != "204")
            {
                response["content"] = Content(api, operation, text, documented);
            }

            var headers = Header.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (headers.Count > 0)
            {
                response["headers"] = new JsonObject(headers.Select(h => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(
                    h, new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } })));
            }

            operation.ResponsesObject[status] = response;
        }
    }

    private static JsonObject Content(DraftApi api, DraftOperation operation, string text, DraftResponse? documented)
    {
        if (EventStream.IsMatch(text))
        {
            return new JsonObject { ["text/event-stream"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } };
        }

        if (TextPlain.IsMatch(text) || Csv.IsMatch(text))
        {
            var media = Csv.IsMatch(text) ? "text/csv" : "text/plain";
            return new JsonObject { [media] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } };
        }

        if (Binary.IsMatch(text))
        {
            return new JsonObject { ["application/octet-stream"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } } };
        }

        var sample = operation.Samples.FirstOrDefault(s => s.IsResponse) ?? operation.Samples.FirstOrDefault(s => s.Language.Equals("json", StringComparison.OrdinalIgnoreCase));
        var exampleText = documented?.ExampleText ?? sample?.Text;
        var json = new JsonObject();
        if (Examples.TryParse(exampleText) is { } example)
        {
            json["schema"] = SchemaInference.FromExample(example);
            json["example"] = example;
        }
        else
        {
            json["schema"] = new JsonObject();
            if (!string.IsNullOrWhiteSpace(exampleText))
            {
                api.Report(DiagnosticCatalog.ExampleNotJson, $"The response example of {operation.Key} is not valid JSON; it is kept as text.", sample?.Source ?? documented?.Source ?? operation.Source);
                json["examples"] = RequestBodyPass.TextExample(exampleText!);
            }
        }

        return new JsonObject { [documented?.MediaType ?? "application/json"] = json };
    }
}
