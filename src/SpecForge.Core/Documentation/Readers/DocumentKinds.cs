using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Documentation.Readers;

/// <summary>The kinds of input SpecForge reads, each with its own reader.</summary>
public enum DocumentKind
{
    /// <summary>An OpenAPI or Swagger document, JSON or YAML (<see cref="OpenApiReader"/>).</summary>
    OpenApi,

    /// <summary>A full markdown reference, llms-full style: <c>### GET /path</c> sections with scopes and parameter lists.</summary>
    ReferenceMarkdown,

    /// <summary>A markdown endpoint page with an embedded OpenAPI fence (<see cref="EndpointPageReader"/>).</summary>
    EndpointPage,

    /// <summary>The plain text an endpoint page renders to (<see cref="RenderedPageReader"/>).</summary>
    RenderedPage,

    /// <summary>A docs index, llms.txt style (<see cref="DocsIndexReader"/>).</summary>
    DocsIndex,

    /// <summary>None of the above.</summary>
    Unknown,
}

/// <summary>Decides which reader applies to a file from its content: documentation arrives as .md and .txt alike.</summary>
public static class DocumentKinds
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline;
    // Starts with its literal so the engine can search for "###" instead of trying every whitespace character of a
    // large file; that the heading starts a line or follows whitespace is checked on each match (HasReferenceHeading).
    private static readonly Regex ReferenceHeading = new(@"###\s+(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/", Options);

    /// <summary>A YAML line that opens an OpenAPI 3 or Swagger 2 document at the root.</summary>
    internal static readonly Regex YamlRootKey = new(@"^(?:openapi|""openapi""|'openapi')\s*:\s*['""]?3|^(?:swagger|""swagger""|'swagger')\s*:\s*['""]?2", Options);

    /// <summary>The OpenAPI or Swagger version field in JSON, wherever it stands.</summary>
    internal static readonly Regex JsonRootKey = new(@"""(?:openapi|swagger)""\s*:", Options);
    /// <summary>The kind of <paramref name="text"/>, the content of <paramref name="filePath"/>; never throws.</summary>
    public static DocumentKind Detect(string filePath, string text)
    {
        var lines = new SourceLines(text ?? string.Empty);
        var t = lines.Text;
        var first = 0;
        while (first < t.Length && char.IsWhiteSpace(t[first]))
        {
            first++;
        }

        if (first < t.Length && t[first] == '{')
        {
            return IsOpenApiJson(t) ? DocumentKind.OpenApi : ByExtension(filePath);
        }

        // An endpoint page's fence holds "openapi:" at its own column 1, so root keys only count outside fences.
        var yamlRoot = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (MarkdownFence.At(lines, i) is { } fence)
            {
                if (fence.HoldsOpenApi(lines))
                {
                    return DocumentKind.EndpointPage;
                }

                i = fence.BodyEnd;
                continue;
            }

            // A root key starts its line; testing only such lines keeps a huge indented file from costing seconds.
            var start = lines.StartOf(i);
            yamlRoot = yamlRoot || (start < t.Length && t[start] is 'o' or 's' or '"' or '\'' && YamlRootKey.IsMatch(lines[i]));
        }

        if (yamlRoot)
        {
            return DocumentKind.OpenApi;
        }

        if (HasReferenceHeading(t) && (t.IndexOf("**Scopes:**", StringComparison.Ordinal) >= 0 || t.IndexOf("Parameters:", StringComparison.Ordinal) >= 0))
        {
            return DocumentKind.ReferenceMarkdown;
        }

        if (IsDocsIndex(t))
        {
            return DocumentKind.DocsIndex;
        }

        return IsRenderedPage(lines) ? DocumentKind.RenderedPage : ByExtension(filePath);
    }

    /// <summary>The SF2011 error for a file of <see cref="DocumentKind.Unknown"/> kind.</summary>
    public static SpecDiagnostic UnknownKindDiagnostic(string filePath) => SpecDiagnostic.Create(
        DiagnosticCatalog.UnknownDocumentKind,
        "This file is neither OpenAPI nor a kind of documentation SpecForge reads (full markdown reference, endpoint page with embedded OpenAPI, rendered endpoint page, docs index).",
        filePath,
        1,
        1);

    private static bool HasReferenceHeading(string text)
    {
        for (var match = ReferenceHeading.Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Index == 0 || char.IsWhiteSpace(text[match.Index - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // A .json or .yaml file that is not recognisably OpenAPI still goes to the OpenAPI reader, which says what is wrong.
    private static DocumentKind ByExtension(string filePath) =>
        SpecFormats.FromPath(filePath) == SpecFormat.Unsupported ? DocumentKind.Unknown : DocumentKind.OpenApi;

    private static bool IsOpenApiJson(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("openapi") || reader.ValueTextEquals("swagger"))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            // Broken JSON that names the field is still an OpenAPI document; its reader reports where it breaks.
            return JsonRootKey.IsMatch(text);
        }
    }

    // "# Title", then a "## Section" whose first item is a "- [Title](url)" entry, even when collapsed onto one line.
    private static bool IsDocsIndex(string text)
    {
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length || text[first] != '#')
        {
            return false;
        }

        var scanner = new DocsIndexScanner(text);
        var at = scanner.NextMarker(0);
        if (at >= text.Length || scanner.HeadingLevel(at) != 1 || text.Substring(0, at).Trim().Length > 0)
        {
            return false;
        }

        for (at = scanner.NextMarker(scanner.EndOfRun(at)); at < text.Length; at = scanner.NextMarker(scanner.EndOfRun(at)))
        {
            if (scanner.HeadingLevel(at) == 2)
            {
                var next = scanner.NextMarker(scanner.EndOfRun(at));
                return next < text.Length && scanner.HeadingLevel(next) == 0;
            }
        }

        return false;
    }

    // A method alone on a line, the path starting on the next, near the top ("Skip to main content" usually comes first).
    private static bool IsRenderedPage(SourceLines lines)
    {
        var nonBlank = Enumerable.Range(0, lines.Count).Where(i => !lines.IsBlank(i)).Take(10).ToList();
        return nonBlank.Zip(nonBlank.Skip(1), (method, path) => (Method: lines.Trimmed(method), Path: lines.Trimmed(path)))
            .Any(pair => RenderedPageText.Methods.Contains(pair.Method) && pair.Path.StartsWith("/", StringComparison.Ordinal));
    }
}
