using System;
using System.Collections.Generic;
using System.Linq;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Diffing.Ignoring;

/// <summary>
/// An ignore file for <c>specforge diff</c> and <c>specforge regen --check</c>: changes the team has reviewed and
/// accepts, each with the reason.
/// </summary>
/// <remarks>
/// <para>UTF-8 text. Blank lines and lines whose first non-blank character is <c>#</c> are skipped. Every other line is
/// <c>&lt;selector&gt; &lt;reason…&gt;</c>, where the selector is one of:</para>
/// <list type="bullet">
/// <item><description>a rule id, <c>response-enum-widened</c>: every change of that rule;</description></item>
/// <item><description>a JSON pointer starting with <c>/</c>, <c>/paths/~1pets</c>: every change whose old or new pointer
/// is that pointer or lies under it (whole segments only);</description></item>
/// <item><description>an operation, <c>GET /pets/{id}</c> (method in any case, then the path): every change of that
/// operation;</description></item>
/// <item><description><c>rule-id@/pointer</c>: changes of that rule at or under that pointer.</description></item>
/// </list>
/// <para>The reason is the rest of the line, trimmed, and is required. A malformed line or an unknown rule id is SF4001
/// at the line and column of the problem; an entry that matches no change is SF4002 at its line. When several entries
/// match a change, the first one's reason is reported.</para>
/// </remarks>
public sealed class DiffIgnoreFile
{
    private DiffIgnoreFile(string path, IReadOnlyList<DiffIgnoreEntry> entries, IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        Path = path;
        Entries = entries;
        Diagnostics = diagnostics;
    }

    /// <summary>The ignore file as given.</summary>
    public string Path { get; }

    /// <summary>The well-formed entries, in file order.</summary>
    public IReadOnlyList<DiffIgnoreEntry> Entries { get; }

    /// <summary>SF4001 for every malformed line; those lines have no entry.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    /// <summary>Reads <paramref name="text"/>, the content of <paramref name="path"/>; never throws.</summary>
    public static DiffIgnoreFile Parse(string path, string text)
    {
        var content = (text ?? string.Empty).TrimStart('\uFEFF');
        var lines = content.Split(new[] { "\r\n", "\n", "\r" }, StringSplitOptions.None);
        var entries = new List<DiffIgnoreEntry>();
        var diagnostics = new List<SpecDiagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (DiffIgnoreSyntax.Read(path, i + 1, lines[i], diagnostics) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new DiffIgnoreFile(path, entries, diagnostics);
    }

    /// <summary>
    /// Splits <paramref name="report"/> into the changes that stay and those an entry acknowledges. The outcome's
    /// diagnostics are the unused entries only; the caller reports them with <see cref="Diagnostics"/>.
    /// </summary>
    public IgnoreOutcome Apply(DiffReport report)
    {
        var used = new bool[Entries.Count];
        var kept = new List<SpecChange>();
        var ignored = new List<IgnoredChange>();
        foreach (var change in report.Changes)
        {
            DiffIgnoreEntry? first = null;
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Matches(change))
                {
                    // Every matching entry counts as used, so a broad entry above a narrow one does not make the narrow one "unused".
                    used[i] = true;
                    first ??= Entries[i];
                }
            }

            if (first is null)
            {
                kept.Add(change);
            }
            else
            {
                ignored.Add(new IgnoredChange(change, first.Reason, first.Line));
            }
        }

        var unused = Entries
            .Where((_, i) => !used[i])
            .Select(e => SpecDiagnostic.Create(
                DiagnosticCatalog.DiffIgnoreUnused,
                $"'{e.Selector}' matches no change between {report.OldPath} and {report.NewPath}; remove it once the change it acknowledged has shipped.",
                Path,
                e.Line,
                e.Column))
            .ToList();
        return new IgnoreOutcome(report with { Changes = kept }, ignored, unused);
    }
}
