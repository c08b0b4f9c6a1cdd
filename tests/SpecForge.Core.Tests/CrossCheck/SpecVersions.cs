using System;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecForge.Core.Tests.CrossCheck;

/// <summary>The "major.minor" OpenAPI version of a spec, and whether NSwag.Core 13 can be asked about it.</summary>
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
    /// NSwag.Core 13 implements Swagger 2.0 and OpenAPI 3.0 only and reads a 3.1 document by 3.0 rules: half of the
    /// corpus's 3.1 specs throw in it (an operation without "responses", optional since 3.1; the 3.1 "mutualTLS"
    /// security scheme), and where one loads, its reading of 3.1 schemas is no reference to check SpecForge against.
    /// </summary>
    public static bool NSwagReads(string? version) => version is "2.0" or "3.0";

    public static bool IsSwagger2(string? version) => version == "2.0";
}
