using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Documentation.Draft;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// Gives every operation a stable, unique operationId derived from method and path when the docs state none:
/// <c>GET /contacts</c> → <c>getContacts</c>, <c>GET /contacts/{id}</c> → <c>getContactsById</c>. Depending only on
/// method and path, ids survive reordering and rewording of the docs; a clash gets a numeric suffix in document order.
/// Leading <c>api</c> and version segments (<c>/api/v1/pools</c>) say nothing about the operation and are skipped.
/// </summary>
public sealed class OperationIdPass : INormalizationPass
{
    private static readonly Regex Variable = new(@"^\{(.+)\}$", RegexOptions.CultureInvariant);
    private static readonly Regex Prefix = new(@"^(api|v\d+(\.\d+)*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <inheritdoc/>
    public string Name => "operation-ids";

    /// <inheritdoc/>
    public void Run(DraftApi api)
    {
        var taken = new HashSet<string>(api.Operations.Where(o => o.OperationId is not null).Select(o => o.OperationId!), StringComparer.OrdinalIgnoreCase);
        foreach (var operation in api.Operations.Where(o => o.OperationId is null))
        {
            using var site = operation.Processing();
            var id = Derive(operation.Method, operation.Path ?? operation.RawPath);
            var unique = id;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = id + suffix;
            }

            operation.OperationId = unique;
        }
    }

    /// <summary>The operationId for <paramref name="method"/> and <paramref name="path"/>.</summary>
    public static string Derive(string method, string path)
    {
        var name = method.ToLowerInvariant();
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (segments.Count > 1 && Prefix.IsMatch(segments[0]))
        {
            segments.RemoveAt(0);
        }

        foreach (var segment in segments)
        {
            var variable = Variable.Match(segment);
            name += variable.Success ? "By" + Naming.ToPascalCase(variable.Groups[1].Value) : Naming.ToPascalCase(segment, string.Empty);
        }

        return name;
    }
}
