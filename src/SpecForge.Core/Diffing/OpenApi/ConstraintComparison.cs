using System.Collections.Generic;
using System.Globalization;
using Microsoft.OpenApi;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// Compares validation keywords and says, for each that changed, whether fewer values (tightened) or more values
/// (relaxed) are valid now. 3.0's <c>exclusiveMinimum: true</c> reaches here already moved onto the number, like
/// 3.1's, so both forms of the same bound compare equal.
/// </summary>
internal static class ConstraintComparison
{
    /// <summary>Each changed keyword: true when tightened, with a phrase like <c>maximum changed from &lt;= 100 to &lt;= 50</c>.</summary>
    public static IEnumerable<(bool Tightened, string Detail)> Compare(IOpenApiSchema old, IOpenApiSchema @new)
    {
        foreach (var change in CompareBound("minimum", Lower(old), Lower(@new), lower: true))
        {
            yield return change;
        }

        foreach (var change in CompareBound("maximum", Upper(old), Upper(@new), lower: false))
        {
            yield return change;
        }

        foreach (var change in CompareCounts(old, @new))
        {
            yield return change;
        }

        if (old.Pattern != @new.Pattern)
        {
            yield return (@new.Pattern is not null, $"pattern changed from {Show(old.Pattern)} to {Show(@new.Pattern)}");
        }

        if (old.MultipleOf != @new.MultipleOf)
        {
            // A multiple of the old divisor allows a subset of the old values; anything else may reject some of them.
            var relaxed = @new.MultipleOf is null || (old.MultipleOf is { } before && @new.MultipleOf is { } after && after != 0 && before % after == 0);
            yield return (!relaxed, $"multipleOf changed from {Show(old.MultipleOf)} to {Show(@new.MultipleOf)}");
        }

        if ((old.UniqueItems == true) != (@new.UniqueItems == true))
        {
            yield return (@new.UniqueItems == true, @new.UniqueItems == true ? "uniqueItems became true" : "uniqueItems became false");
        }
    }

    private static IEnumerable<(bool Tightened, string Detail)> CompareCounts(IOpenApiSchema old, IOpenApiSchema @new)
    {
        var minimums = new[] { ("minLength", old.MinLength, @new.MinLength), ("minItems", old.MinItems, @new.MinItems), ("minProperties", old.MinProperties, @new.MinProperties) };
        foreach (var (keyword, before, after) in minimums)
        {
            if (before != after)
            {
                yield return ((after ?? 0) > (before ?? 0), $"{keyword} changed from {Show(before)} to {Show(after)}");
            }
        }

        var maximums = new[] { ("maxLength", old.MaxLength, @new.MaxLength), ("maxItems", old.MaxItems, @new.MaxItems), ("maxProperties", old.MaxProperties, @new.MaxProperties) };
        foreach (var (keyword, before, after) in maximums)
        {
            if (before != after)
            {
                yield return ((after ?? int.MaxValue) < (before ?? int.MaxValue), $"{keyword} changed from {Show(before)} to {Show(after)}");
            }
        }
    }

    private static IEnumerable<(bool Tightened, string Detail)> CompareBound(string keyword, Bound? before, Bound? after, bool lower)
    {
        if (before == after)
        {
            yield break;
        }

        bool tightened;
        if (before is null || after is null)
        {
            tightened = after is not null;
        }
        else
        {
            var (b, a) = (before.Value, after.Value);
            var moved = lower ? a.Value > b.Value : a.Value < b.Value;
            tightened = moved || (a.Value == b.Value && a.Exclusive && !b.Exclusive);
        }

        yield return (tightened, $"{keyword} changed from {Show(before, lower)} to {Show(after, lower)}");
    }

    private static Bound? Lower(IOpenApiSchema schema) => Stricter(Parse(schema.Minimum, false), Parse(schema.ExclusiveMinimum, true), lower: true);

    private static Bound? Upper(IOpenApiSchema schema) => Stricter(Parse(schema.Maximum, false), Parse(schema.ExclusiveMaximum, true), lower: false);

    // A 3.1 schema may give both forms; the one that excludes more values is the bound. A leftover 3.0 boolean
    // ("True" with no number beside it) is not a number and bounds nothing.
    private static Bound? Stricter(Bound? inclusive, Bound? exclusive, bool lower)
    {
        if (inclusive is not { } i)
        {
            return exclusive;
        }

        if (exclusive is not { } e)
        {
            return inclusive;
        }

        var inclusiveIsStricter = lower ? i.Value > e.Value : i.Value < e.Value;
        return inclusiveIsStricter ? i : e;
    }

    private static Bound? Parse(string? text, bool exclusive) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value)
            ? new Bound(value, exclusive)
            : null;

    private static string Show(Bound? bound, bool lower) =>
        bound is not { } b ? "none" : (lower ? (b.Exclusive ? "> " : ">= ") : (b.Exclusive ? "< " : "<= ")) + b.Value.ToString("R", CultureInfo.InvariantCulture);

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Show(string? pattern) => pattern is null ? "none" : "'" + pattern + "'";

    private readonly record struct Bound(double Value, bool Exclusive);
}
