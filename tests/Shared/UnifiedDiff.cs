using System;
using System.Collections.Generic;
using System.Text;

namespace SpecForge.Tests.Shared;

/// <summary>A unified diff of two texts, as git prints it, so a failing snapshot shows every change with context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;
    private const int MaxLines = 200;

    public static string Of(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);
        var text = new StringBuilder($"--- {expectedName}\n+++ {actualName}\n");
        var printed = 0;
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // One hunk: the changes from here until a run of unchanged lines longer than twice the context.
            var start = Math.Max(0, i - Context);
            var end = i;
            var quiet = 0;
            while (end < edits.Count && quiet <= 2 * Context)
            {
                quiet = edits[end].Kind == ' ' ? quiet + 1 : 0;
                end++;
            }

            end = Math.Min(edits.Count, end - Math.Max(0, quiet - Context));
            text.Append($"@@ -{edits[start].A + 1} +{edits[start].B + 1} @@\n");
            for (var k = start; k < end && printed < MaxLines; k++, printed++)
            {
                text.Append(edits[k].Kind).Append(edits[k].Line).Append('\n');
            }

            if (printed >= MaxLines)
            {
                text.Append("... (diff cut at ").Append(MaxLines).Append(" lines)\n");
                break;
            }

            i = end;
        }

        return text.ToString();
    }

    // A longest-common-subsequence diff of the lines between the common prefix and suffix, which is all that differs in
    // a snapshot and keeps the table small.
    private static List<(char Kind, string Line, int A, int B)> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var x = n - 1; x >= 0; x--)
        {
            for (var y = m - 1; y >= 0; y--)
            {
                lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var edits = new List<(char, string, int, int)>();
        for (var k = 0; k < prefix; k++)
        {
            edits.Add((' ', a[k], k, k));
        }

        int ia = 0, ib = 0;
        while (ia < n || ib < m)
        {
            if (ia < n && ib < m && a[prefix + ia] == b[prefix + ib])
            {
                edits.Add((' ', a[prefix + ia], prefix + ia, prefix + ib));
                ia++;
                ib++;
            }
            else if (ia < n && (ib == m || lcs[ia + 1, ib] >= lcs[ia, ib + 1]))
            {
                edits.Add(('-', a[prefix + ia], prefix + ia, prefix + ib));
                ia++;
            }
            else
            {
                edits.Add(('+', b[prefix + ib], prefix + ia, prefix + ib));
                ib++;
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            edits.Add((' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }

        return edits;
    }
}
