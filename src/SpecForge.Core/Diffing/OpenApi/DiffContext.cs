using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// What every rule family shares while two documents are compared: the sides, the schema comparer (with its memo of
/// component pairs), which operations use which components, and the changes found so far with their sort keys.
/// </summary>
internal sealed class DiffContext
{
    // Document-level changes first, then operations by path and method, then component schemas by name.
    private const int DocumentGroup = 0;
    private const int OperationGroup = 1;
    private const int ComponentGroup = 2;

    private static readonly string[] MethodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY" };

    private readonly List<(int Group, string Key, int Method, SpecChange Change)> _changes = new();

    public DiffContext(DiffSide old, DiffSide @new)
    {
        Old = old;
        New = @new;
        Renames = SchemaRenames.Find(old.Document, @new.Document);
        Schemas = new SchemaComparer(old.Document, @new.Document, Renames);
        Usage = new ComponentUsage();
    }

    public DiffSide Old { get; }

    public DiffSide New { get; }

    public SchemaRenames Renames { get; }

    public SchemaComparer Schemas { get; }

    public ComponentUsage Usage { get; }

    /// <summary>A change to the document as a whole (its servers or its default security).</summary>
    public void ReportDocument(DiffRule rule, string message, string? oldPointer, string? newPointer) =>
        Add(DocumentGroup, string.Empty, 0, rule, message, oldPointer, newPointer, null, null);

    /// <summary>A change to one operation.</summary>
    public void ReportOperation(OperationSite site, DiffRule rule, string message, string? oldPointer, string? newPointer) =>
        Add(OperationGroup, site.Path, MethodRank(site.Method), rule, site.Label + ": " + message, oldPointer, newPointer, site.Label, site.Tag);

    /// <summary>A change inside a component schema; reported once, whatever the number of operations using it.</summary>
    public void ReportComponent(string component, DiffRule rule, string message, string? oldPointer, string? newPointer) =>
        Add(ComponentGroup, component, 0, rule, message, oldPointer, newPointer, null, null);

    /// <summary>The changes in a stable order: by group, path (or component), method, rule, then where they are.</summary>
    public IReadOnlyList<SpecChange> Sorted() =>
        _changes
            .OrderBy(c => c.Group)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Method)
            .ThenBy(c => c.Change.RuleId, StringComparer.Ordinal)
            .ThenBy(c => c.Change.Old?.Pointer ?? c.Change.New?.Pointer, StringComparer.Ordinal)
            .ThenBy(c => c.Change.New?.Pointer, StringComparer.Ordinal)
            .ThenBy(c => c.Change.Message, StringComparer.Ordinal)
            .Select(c => c.Change)
            .ToList();

    private void Add(int group, string key, int method, DiffRule rule, string message, string? oldPointer, string? newPointer, string? operation, string? tag)
    {
        var change = new SpecChange(
            rule.Id,
            rule.Level,
            message,
            oldPointer is null ? null : Old.Locate(oldPointer),
            newPointer is null ? null : New.Locate(newPointer),
            operation,
            tag);
        _changes.Add((group, key, method, change));
    }

    private static int MethodRank(string method)
    {
        var index = Array.IndexOf(MethodOrder, method);
        return index < 0 ? MethodOrder.Length : index;
    }
}
