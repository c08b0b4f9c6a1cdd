using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecForge.Core.Diagnostics;

namespace SpecForge.Core.Diffing.Ignoring;

/// <summary>Reads one line of an ignore file into an entry, or into an SF4001 pointing at the problem.</summary>
internal static class DiffIgnoreSyntax
{
    private static readonly Regex RuleId = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY",
    };

    /// <summary>The entry <paramref name="line"/> holds; null for a blank line, a comment or a malformed line (then reported).</summary>
    public static DiffIgnoreEntry? Read(string path, int lineNumber, string line, List<SpecDiagnostic> diagnostics)
    {
        var start = SkipSpace(line, 0);
        if (start == line.Length || line[start] == '#')
        {
            return null;
        }

        var end = TokenEnd(line, start);
        var first = line.Substring(start, end - start);
        DiffIgnoreEntry? entry;
        (string? Text, int At) problem;
        if (Methods.Contains(first))
        {
            (entry, problem, end) = ReadOperation(line, start, end, first);
        }
        else if (first[0] == '/')
        {
            problem = PointerProblem(first, start);
            entry = new DiffIgnoreEntry(first, IgnoreSelectorKind.Pointer, null, first, null, string.Empty, lineNumber, start + 1);
        }
        else if (first.IndexOf('@') is var at and >= 0)
        {
            var rule = first.Substring(0, at);
            var pointer = first.Substring(at + 1);
            problem = RuleProblem(rule, start);
            if (problem.Text is null)
            {
                problem = pointer.Length == 0 || pointer[0] != '/'
                    ? ($"'{first}': after '@' comes a JSON pointer starting with '/', e.g. {rule}@/paths/~1pets", start + at + 1)
                    : PointerProblem(pointer, start + at + 1);
            }

            entry = new DiffIgnoreEntry(first, IgnoreSelectorKind.RuleAtPointer, rule, pointer, null, string.Empty, lineNumber, start + 1);
        }
        else
        {
            problem = RuleProblem(first, start);
            entry = new DiffIgnoreEntry(first, IgnoreSelectorKind.Rule, first, null, null, string.Empty, lineNumber, start + 1);
        }

        if (problem.Text is null && entry is not null)
        {
            var reason = line.Substring(end).Trim();
            if (reason.Length > 0)
            {
                return entry with { Reason = reason, Line = lineNumber };
            }

            problem = ($"'{entry.Selector}' needs a reason after it: say why the change is acceptable, e.g. '{entry.Selector} clients already handle it'", end);
        }

        diagnostics.Add(SpecDiagnostic.Create(DiagnosticCatalog.DiffIgnoreMalformed, problem.Text!, path, lineNumber, problem.At + 1));
        return null;
    }

    // Problems are (message, 0-based offset in the line); a null message means none.
    private static (DiffIgnoreEntry? Entry, (string? Text, int At) Problem, int End) ReadOperation(string line, int start, int methodEnd, string method)
    {
        var pathStart = SkipSpace(line, methodEnd);
        if (pathStart == line.Length || line[pathStart] != '/')
        {
            return (null, ($"'{method}' must be followed by the operation's path, e.g. {method.ToUpperInvariant()} /pets/{{id}}", pathStart), pathStart);
        }

        var pathEnd = TokenEnd(line, pathStart);
        var operation = method.ToUpperInvariant() + " " + line.Substring(pathStart, pathEnd - pathStart);
        var entry = new DiffIgnoreEntry(operation, IgnoreSelectorKind.Operation, null, null, operation, string.Empty, 0, start + 1);
        return (entry, (null, 0), pathEnd);
    }

    private static (string? Text, int At) RuleProblem(string rule, int at)
    {
        if (!RuleId.IsMatch(rule))
        {
            return ($"'{rule}' is not a selector: write a rule id (kebab-case, e.g. response-enum-widened), a JSON pointer starting with '/', 'METHOD /path' or 'rule-id@/pointer'", at);
        }

        // A misspelt id would otherwise only surface as "unused", a warning that CI does not fail on.
        return DiffRules.Find(rule) is null ? ($"'{rule}' is not a known rule id; docs/diff-rules.md lists them all", at) : (null, at);
    }

    // A prefix that ends with '/' would match nothing its parent does not; a '~' must be an RFC 6901 escape (~0 or ~1).
    private static (string? Text, int At) PointerProblem(string pointer, int at)
    {
        for (var i = 0; i < pointer.Length; i++)
        {
            if (pointer[i] == '~' && (i + 1 == pointer.Length || pointer[i + 1] is not ('0' or '1')))
            {
                return ($"'{pointer}': '~' must be followed by 0 (for '~') or 1 (for '/') in a JSON pointer", at + i);
            }
        }

        return pointer.EndsWith("/", StringComparison.Ordinal)
            ? ($"'{pointer}': drop the trailing '/'; a pointer already matches everything under it", at + pointer.Length - 1)
            : (null, at);
    }

    private static int SkipSpace(string line, int from)
    {
        while (from < line.Length && char.IsWhiteSpace(line[from]))
        {
            from++;
        }

        return from;
    }

    private static int TokenEnd(string line, int from)
    {
        while (from < line.Length && !char.IsWhiteSpace(line[from]))
        {
            from++;
        }

        return from;
    }
}
