using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace SpecForge.Tests.Shared;

/// <summary>
/// Snapshot files live beside the test source in Snapshots/&lt;TestClass&gt;/&lt;Test&gt;#&lt;HintName&gt;.
/// A missing or different snapshot fails the test; set SPECFORGE_ACCEPT_SNAPSHOTS=1 to write the actual
/// output instead, then read every written file before committing it.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SPECFORGE_ACCEPT_SNAPSHOTS";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Matches every produced file of one test, and fails on snapshots the test no longer produces.</summary>
    public static void MatchAll(string testClass, string testName, IEnumerable<(string HintName, string Text)> files, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", testClass);
        var produced = files.ToList();
        var problems = new List<string>();
        foreach (var (hintName, text) in produced)
        {
            if (Compare(Path.Combine(folder, testName + "#" + hintName), text) is { } problem)
            {
                problems.Add(problem);
            }
        }

        var expectedNames = new HashSet<string>(produced.Select(f => testName + "#" + f.HintName), StringComparer.Ordinal);
        var stale = Directory.Exists(folder)
            ? Directory.GetFiles(folder, testName + "#*").Select(Path.GetFileName).Where(n => !expectedNames.Contains(n!)).ToList()
            : new List<string?>();
        foreach (var name in stale)
        {
            if (Accepting)
            {
                File.Delete(Path.Combine(folder, name!));
            }
            else
            {
                problems.Add($"Stale snapshot {name}: the test no longer produces it. Delete it or rerun with {AcceptVariable}=1.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string? Compare(string path, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (!File.Exists(path))
        {
            return Accept(path, actual) ? null : $"Missing snapshot {path}. Review the output, then rerun with {AcceptVariable}=1 to write it.";
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual)
        {
            return null;
        }

        if (Accept(path, actual))
        {
            return null;
        }

        return $"Snapshot {path} differs:{Environment.NewLine}{UnifiedDiff.Of(expected, actual, "snapshot", "generated")}Rerun with {AcceptVariable}=1 to accept after review.";
    }

    private static bool Accept(string path, string actual)
    {
        if (!Accepting)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, actual);
        return true;
    }
}
