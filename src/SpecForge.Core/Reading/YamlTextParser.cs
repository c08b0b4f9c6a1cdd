using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpecForge.Core.Reading;

/// <summary>
/// Parses YAML into the same <see cref="JsonNode"/> tree the JSON path produces, so one OpenAPI reader serves both.
/// Plain scalars are typed by the YAML 1.2 core schema; quoted scalars are always strings.
/// </summary>
public static class YamlTextParser
{
    private static readonly Regex IntegerPattern = new("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex FloatPattern = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex WhitespaceOnlyLine = new(@"^[ \t]+$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>Parses <paramref name="text"/>; <paramref name="filePath"/> is used only in diagnostics.</summary>
    public static ParsedTree Parse(string filePath, string text)
    {
        var tree = ParseOnce(filePath, text);

        // YamlDotNet rejects a block scalar whose first line holds only spaces beyond its indentation, which libyaml
        // and real specs (OpenAI's) accept. Emptying whitespace-only lines keeps every position and, but for those
        // spaces, every value; the original diagnostic stands when even that does not parse.
        if (tree.Root is null && tree.Diagnostics.Count == 1 && WhitespaceOnlyLine.IsMatch(text))
        {
            var retried = ParseOnce(filePath, WhitespaceOnlyLine.Replace(text, string.Empty));
            if (retried.Root is not null)
            {
                return retried;
            }
        }

        return tree;
    }

    private static ParsedTree ParseOnce(string filePath, string text)
    {
        var stream = new YamlStream();
        var parser = new DepthLimitedYamlParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (NestingTooDeepException ex)
        {
            return Failed(filePath, ex.Start, NestingTooDeepException.Reason, DiagnosticCatalog.NestingTooDeep);
        }
        catch (YamlException ex)
        {
            // Duplicate keys land here too: YAML forbids them and YamlDotNet rejects them, at the repeated key.
            return Failed(filePath, ex.Start, Describe(ex));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some truncated collections; the parser knows where it stopped.
            return Failed(filePath, parser.Current?.Start ?? Mark.Empty, "the structure breaks off here (an unclosed '[' or '{' perhaps).");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some invalid escapes ("\ud800" alone, say) instead of a YamlException.
            return Failed(filePath, parser.Current?.End ?? Mark.Empty, "an escape or scalar the YAML reader cannot decode (" + ex.Message + ").");
        }

        if (stream.Documents.Count == 0)
        {
            return new ParsedTree(null, new FixedSourceLocator(SourcePosition.Start), Array.Empty<SpecDiagnostic>());
        }

        var rootNode = stream.Documents[0].RootNode;
        var converter = new Converter(filePath);
        var root = converter.Convert(rootNode, depth: 0);
        return new ParsedTree(converter.Failed ? null : root, new YamlSourceLocator(rootNode), converter.Diagnostics);
    }

    private static ParsedTree Failed(string filePath, Mark mark, string message, string id = DiagnosticCatalog.MalformedYaml)
    {
        var position = new SourcePosition((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
        var diagnostic = SpecDiagnostic.At(id, id == DiagnosticCatalog.MalformedYaml ? "Invalid YAML: " + message : message, filePath, position);
        return new ParsedTree(null, new FixedSourceLocator(position), new[] { diagnostic });
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " to messages; the diagnostic carries the position.
        var message = ex.InnerException?.Message ?? ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message.Substring(marker + 3) : message;
    }

    private sealed class Converter
    {
        private readonly string _filePath;

        public Converter(string filePath) => _filePath = filePath;

        // A node met a second time is an alias being expanded; counting those stops exponential expansion early.
        private readonly HashSet<YamlNode> _converted = new(ReferenceEquality<YamlNode>.Instance);
        private int _expanded;

        public List<SpecDiagnostic> Diagnostics { get; } = new();

        public bool Failed { get; private set; }

        public JsonNode? Convert(YamlNode node, int depth)
        {
            if (Failed)
            {
                return null;
            }

            if (!_converted.Add(node) && ++_expanded > ReadingLimits.MaxAliasExpansion)
            {
                Failed = true;
                Diagnostics.Add(SpecDiagnostic.At(
                    DiagnosticCatalog.InputTooLarge,
                    $"YAML aliases expand to more than {ReadingLimits.MaxAliasExpansion:N0} nodes (aliases nested inside aliases grow exponentially); write the repeated parts out or use $ref.",
                    _filePath,
                    new SourcePosition((int)node.Start.Line, (int)node.Start.Column)));
                return null;
            }

            if (depth > JsonTextParser.MaxDepth)
            {
                if (!Failed)
                {
                    Failed = true;
                    Diagnostics.Add(SpecDiagnostic.At(
                        DiagnosticCatalog.NestingTooDeep,
                        $"The document nests more than {JsonTextParser.MaxDepth} levels deep (or an alias contains itself).",
                        _filePath,
                        new SourcePosition((int)node.Start.Line, (int)node.Start.Column)));
                }

                return null;
            }

            return node switch
            {
                YamlMappingNode mapping => ConvertMapping(mapping, depth),
                YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(child => Convert(child, depth + 1)).ToArray()),
                YamlScalarNode scalar => ConvertScalar(scalar),
                _ => null,
            };
        }

        private JsonObject ConvertMapping(YamlMappingNode mapping, int depth)
        {
            var result = new JsonObject();
            foreach (var entry in mapping.Children)
            {
                var key = entry.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : entry.Key.ToString();
                if (key == "<<" && entry.Key is YamlScalarNode { Style: ScalarStyle.Plain })
                {
                    continue;
                }

                result[key] = Convert(entry.Value, depth + 1);
            }

            ApplyMergeKeys(mapping, result, depth);
            return result;
        }

        // YAML 1.1 merge keys ("<<: *defaults") are common in hand-written specs; explicit keys win over merged ones.
        private void ApplyMergeKeys(YamlMappingNode mapping, JsonObject result, int depth)
        {
            foreach (var entry in mapping.Children)
            {
                if (entry.Key is not YamlScalarNode { Value: "<<", Style: ScalarStyle.Plain })
                {
                    continue;
                }

                var sources = entry.Value is YamlSequenceNode list ? list.Children : new List<YamlNode> { entry.Value };
                foreach (var source in sources.OfType<YamlMappingNode>())
                {
                    if (Convert(source, depth + 1) is not JsonObject merged)
                    {
                        continue;
                    }

                    foreach (var property in merged.ToList())
                    {
                        if (!result.ContainsKey(property.Key))
                        {
                            merged.Remove(property.Key);
                            result[property.Key] = property.Value;
                        }
                    }
                }
            }
        }

        private static JsonNode? ConvertScalar(YamlScalarNode scalar)
        {
            var value = scalar.Value ?? string.Empty;
            if (scalar.Style != ScalarStyle.Plain || IsExplicitString(scalar.Tag))
            {
                return JsonValue.Create(value);
            }

            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return null;
                case "true":
                case "True":
                case "TRUE":
                    return JsonValue.Create(true);
                case "false":
                case "False":
                case "FALSE":
                    return JsonValue.Create(false);
            }

            if (IntegerPattern.IsMatch(value))
            {
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return JsonValue.Create(integer);
                }

                if (decimal.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
                {
                    return JsonValue.Create(big);
                }
            }

            // Decimal keeps the written scale ("3.0" stays 3.0), which matters for fields like "openapi: 3.0".
            if (FloatPattern.IsMatch(value))
            {
                if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                // .NET reads "1e400" as infinity, which no JSON writer takes; such a number stays the text it was.
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var wide) && !double.IsInfinity(wide) && !double.IsNaN(wide))
                {
                    return JsonValue.Create(wide);
                }
            }

            return JsonValue.Create(value);
        }
    }

    private static bool IsExplicitString(YamlDotNet.Core.TagName tag) =>
        !tag.IsEmpty && !tag.IsNonSpecific && (tag.Value == "tag:yaml.org,2002:str" || tag.Value == "!!str");

}
