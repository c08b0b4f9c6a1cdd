using System;
using System.Linq;
using System.Text.RegularExpressions;
using SpecForge.Core.Collections;

namespace SpecForge.Core.Emitting;

/// <summary>
/// The type names a user's template says it declares, with a comment such as
/// <c>{{ # reserves: {ClientName}Extras, Clock }}</c>, so Modeling names no schema's type like them. Read from the
/// text alone, so that editing a template's body never re-reads the spec; only its reservations do.
/// </summary>
public static class TemplateReservations
{
    private const string ClientNamePlaceholder = "{ClientName}";

    // The names may hold {ClientName}, so the comment ends at the first "}}", not at the first "}".
    private static readonly Regex Directive = new(@"\{\{[~-]?\s*#\s*reserves:(?<names>[^\n]*?)[~-]?\}\}", RegexOptions.CultureInvariant);

    /// <summary>The names every override reserves, sorted and without repeats.</summary>
    public static EquatableArray<string> In(EquatableArray<TemplateOverride> overrides) =>
        overrides
            .SelectMany(template => Directive.Matches(template.Text).Cast<Match>())
            .SelectMany(match => match.Groups["names"].Value.Split(','))
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary><paramref name="name"/> for one client: <c>{ClientName}Extras</c> → <c>PetstoreClientExtras</c>.</summary>
    public static string ForClient(string name, string clientName) => name.Replace(ClientNamePlaceholder, clientName);
}
