using System.Collections.Generic;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Diffing.Ignoring;

/// <summary>A change an ignore file acknowledged.</summary>
/// <param name="Change">The change, as the differ reported it.</param>
/// <param name="Reason">The reason the first matching entry gives.</param>
/// <param name="Line">The line of that entry in the ignore file.</param>
public sealed record IgnoredChange(SpecChange Change, string Reason, int Line);

/// <summary>A report after applying an ignore file.</summary>
/// <param name="Kept">The report without the acknowledged changes (notes and diagnostics unchanged).</param>
/// <param name="Ignored">The acknowledged changes, in the report's order.</param>
/// <param name="Diagnostics">SF4002 for every entry that matched no change.</param>
public sealed record IgnoreOutcome(DiffReport Kept, IReadOnlyList<IgnoredChange> Ignored, IReadOnlyList<SpecDiagnostic> Diagnostics);
