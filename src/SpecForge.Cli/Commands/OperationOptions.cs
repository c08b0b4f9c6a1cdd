using System;
using System.CommandLine;
using SpecForge.Core.Reading.Selecting;

namespace SpecForge.Cli.Commands;

/// <summary>
/// <c>--include</c> and <c>--exclude</c>, shared by the verbs that generate from a selection of operations. One pattern
/// per option, repeated for more (a value may also hold several separated by ';', as MSBuild metadata does); never
/// several values per option, which would swallow the spec argument that follows.
/// </summary>
internal static class OperationOptions
{
    public static Option<string[]> Include() => new("--include")
    {
        Description = "Generate only the operations this pattern matches: tag:NAME, operationId:ID (or a bare ID), or [METHOD] /path/glob ('GET /repos/**'); repeatable.",
    };

    public static Option<string[]> Exclude() => new("--exclude")
    {
        Description = "Leave out the operations this pattern matches (after --include); same patterns, repeatable.",
    };

    public static OperationFilter Filter(ParseResult parseResult, Option<string[]> include, Option<string[]> exclude) =>
        OperationFilter.From(parseResult.GetValue(include) ?? Array.Empty<string>(), parseResult.GetValue(exclude) ?? Array.Empty<string>());
}
