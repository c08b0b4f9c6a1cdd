using System;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>The "major.minor" OpenAPI version of a spec, and whether NSwag.Core can be asked about it.</summary>
internal static class SpecVersions
{
    // Test discovery lists the corpus on every run of this project, so it must not parse 20 MB of specs; the first
    // "openapi:"/"swagger:" field at the start of a line is the root's in YAML and JSON alike. The corpus test
    // checks this guess against the parsed tree.
    private static readonly Regex VersionField = new(
        @"^\s*[""']?(?:openapi|swagger)[""']?\s*:\s*[""']?(?<version>\d+\.\d+)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(5));

    public static string? Sniff(string text) =>
        VersionField.Match(text) is { Success: true } match ? match.Groups["version"].Value : null;

    public static string? Of(JsonNode root)
    {
        var field = (root["swagger"] ?? root["openapi"])?.ToString();
        return field is null ? null : Sniff("openapi: " + field);
    }

    /// <summary>
    /// NSwag.Core 14.8 still reads a 3.1 document by 3.0 rules, as 13 did, so it is no reference for 3.1 (pinned by
    /// <see cref="NSwag31ReadingTests"/>, which fails once an upgrade reads one of these properly). It throws on an
    /// operation without "responses" (optional since 3.1), on the "mutualTLS" security scheme, on a boolean schema
    /// ("items": false, a property that is true) and on a path item that is a $ref to components/pathItems; half of
    /// the corpus's 3.1 specs throw that way (the two swagger-petstore31 on mutualTLS, oai-v3.1-non-oauth-scopes on
    /// the missing responses). The other three (openai, discord, oai-v3.1-webhook-example) load and agree with
    /// SpecForge today, which says little about NSwag's 3.1 reading: where a 3.1 document loads, a schema that is a
    /// $ref with sibling keywords reads as the referenced schema alone, the siblings' properties and required names
    /// (which 3.1 applies beside the $ref) dropped, so a difference there would be NSwag's misreading, not a
    /// finding.
    /// </summary>
    public static bool NSwagReads(string? version) => version is "2.0" or "3.0";

    public static bool IsSwagger2(string? version) => version == "2.0";
}
