using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Documentation.Draft;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Paths that differ only in their variables' names (<c>/a/{id}/costs/{productId}</c> and <c>/a/{id}/costs/{costId}</c>)
/// are one path to HTTP, and OpenAPI forbids writing it twice. The first spelling met is used for all of them,
/// and the path parameters of the others are renamed to match.
/// </summary>
public sealed class PathTemplatePass : INormalizationPass
{
    private static readonly Regex Variable = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    /// <inheritdoc/>
    public string Name => "path-templates";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        var firstBySignature = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in api.Operations.Where(o => o.Path is not null))
        {
            using var site = operation.Processing();
            var signature = Variable.Replace(operation.Path!, "{}");
            if (!firstBySignature.TryGetValue(signature, out var first))
            {
                firstBySignature[signature] = operation.Path!;
                continue;
            }

            if (first == operation.Path)
            {
                continue;
            }

            api.Report(DiagnosticCatalog.PathVariableRenamed, $"{operation.Key} is written as {first} to keep one spelling of the path.", operation.Source);
            Rename(operation, first);
        }
    }

    /// <summary>Moves <paramref name="operation"/> to <paramref name="path"/>, renaming its path parameters by position.</summary>
    public static void Rename(DraftOperation operation, string path)
    {
        var oldNames = Variable.Matches(operation.Path!).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        var newNames = Variable.Matches(path).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        for (var i = 0; i < operation.Parameters.Count; i++)
        {
            var parameter = operation.Parameters[i];
            var position = oldNames.IndexOf(parameter.Name);
            if (parameter.Location == "path" && position >= 0 && position < newNames.Count && newNames[position] != parameter.Name)
            {
                // Parameters may be shared with an alias or a merged twin; the renamed one is this operation's own.
                operation.Parameters[i] = Copy(parameter, newNames[position]);
            }
        }

        operation.Path = path;
    }

    private static DraftParameter Copy(DraftParameter parameter, string name)
    {
        var copy = new DraftParameter
        {
            Name = name,
            Location = parameter.Location,
            TypeText = parameter.TypeText,
            Required = parameter.Required,
            Description = parameter.Description,
            ExampleText = parameter.ExampleText,
            Source = parameter.Source,
            Schema = parameter.Schema,
        };
        copy.ConstraintTexts.AddRange(parameter.ConstraintTexts);
        return copy;
    }
}
