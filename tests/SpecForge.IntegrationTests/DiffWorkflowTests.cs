using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary>
/// The GitHub Actions workflow docs/diff.md tells users to copy: its install and diff steps, run as written (GitHub's
/// expressions filled in) in a throwaway repository whose pull request makes a parameter in a referenced file required.
/// </summary>
public sealed class DiffWorkflowTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(6);

    [BashFact]
    public async Task The_documented_workflow_installs_the_tool_and_fails_on_a_breaking_change_in_a_referenced_file()
    {
        var workflow = Workflow();
        using var temp = new TempDirectory("specforge-workflow");
        var repository = temp.Combine("repo");
        var runnerTemp = temp.Combine("runner");
        Directory.CreateDirectory(runnerTemp);
        var githubPath = temp.Combine("github_path");
        File.WriteAllText(githubPath, string.Empty);

        // The pull request's base: a spec in several files, the shop fixture's layout, under specs/.
        CopyFolder(RepoPaths.InRepo("tests", "SpecForge.Core.Tests", "Fixtures", "MultiFile", "shop"), Path.Combine(repository, "specs", "shop"));
        File.WriteAllText(Path.Combine(repository, "specs", "diff-ignore.txt"), string.Empty);
        await Git(repository, "init", "-q", "-b", "main");
        await Git(repository, "add", ".");
        await Git(repository, "commit", "-q", "-m", "base");
        await Git(repository, "update-ref", "refs/remotes/origin/main", "HEAD");

        // The pull request: the limit parameter, in parameters.yaml, becomes required.
        await Git(repository, "checkout", "-q", "-b", "pr");
        var parameters = Path.Combine(repository, "specs", "shop", "parameters.yaml");
        File.WriteAllText(parameters, File.ReadAllText(parameters).Replace("  in: query\n", "  in: query\n  required: true\n", StringComparison.Ordinal));
        await Git(repository, "commit", "-q", "-am", "limit required");

        // actions/checkout of SpecForge into .specforge: this repository's sources as they are now (no bin/ or obj/).
        CopySpecForgeCheckout(Path.Combine(repository, ".specforge"));
        var environment = new Dictionary<string, string>
        {
            ["RUNNER_TEMP"] = runnerTemp,
            ["GITHUB_PATH"] = githubPath,
            ["PATH"] = Path.GetDirectoryName(ProcessRunner.DotnetHost) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        };

        var install = await Bash(repository, workflow["Install specforge"], environment);
        Assert.True(install.ExitCode == 0, install.Describe());

        // What GITHUB_PATH adds is on the PATH of the later steps.
        environment["PATH"] = string.Join(Path.PathSeparator, File.ReadAllLines(githubPath).Append(environment["PATH"]));
        var diff = await Bash(repository, workflow["Breaking changes against the base branch"].Replace("specs/petstore.yaml", "specs/shop/openapi.yaml", StringComparison.Ordinal), environment);

        Assert.True(diff.ExitCode == 1, "Expected the breaking change to fail the step (exit 1).\n" + diff.Describe());
        var report = File.ReadAllText(Path.Combine(repository, "api-diff.md"));
        Assert.Contains("limit", report, StringComparison.Ordinal);
        Assert.Contains("breaking", report, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SF4004", diff.StandardError, StringComparison.Ordinal);
    }

    // The run scripts of the workflow in docs/diff.md by step name, with GitHub's expressions for a pull request into main.
    private static Dictionary<string, string> Workflow()
    {
        var doc = File.ReadAllText(RepoPaths.InRepo("docs", "diff.md"));
        var yaml = Regex.Match(doc, "```yaml\n(name: api\n.*?)```", RegexOptions.Singleline);
        Assert.True(yaml.Success, "No workflow in docs/diff.md.");
        var steps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match step in Regex.Matches(yaml.Groups[1].Value, @"- name: (?<name>[^\n]+)\n(?: +(?! |run:|- )[^\n]*\n)*? +run: \|\n(?<body>(?: {10}[^\n]*\n)+)"))
        {
            var body = string.Join("\n", step.Groups["body"].Value.Split('\n').Select(line => line.Length >= 10 ? line.Substring(10) : line));
            steps[step.Groups["name"].Value.Trim()] = body.Replace("${{ github.base_ref }}", "main", StringComparison.Ordinal);
        }

        Assert.True(steps.ContainsKey("Install specforge") && steps.ContainsKey("Breaking changes against the base branch"), "Steps found: " + string.Join(", ", steps.Keys));
        return steps;
    }

    private static async Task Git(string directory, params string[] arguments)
    {
        Directory.CreateDirectory(directory);
        var result = await ProcessRunner.RunAsync("git", directory, TimeSpan.FromMinutes(1), new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = "Test", ["GIT_AUTHOR_EMAIL"] = "test@example.com",
            ["GIT_COMMITTER_NAME"] = "Test", ["GIT_COMMITTER_EMAIL"] = "test@example.com",
        }, arguments);
        Assert.True(result.ExitCode == 0, result.Describe());
    }

    private static Task<ProcessResult> Bash(string directory, string script, IReadOnlyDictionary<string, string> environment) =>
        ProcessRunner.RunAsync("bash", directory, StepTimeout, environment, "-eo", "pipefail", "-c", script);

    private static void CopySpecForgeCheckout(string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            Directory.CreateDirectory(to);
            File.Copy(RepoPaths.InRepo(file), Path.Combine(to, file));
        }

        CopyFolder(RepoPaths.InRepo("src"), Path.Combine(to, "src"));
        CopyFolder(RepoPaths.InRepo("templates"), Path.Combine(to, "templates"));
    }

    private static void CopyFolder(string from, string to)
    {
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(separator + "bin" + separator, StringComparison.Ordinal) && !f.Contains(separator + "obj" + separator, StringComparison.Ordinal)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>A test that runs bash scripts, as the workflow's steps are: skipped on Windows.</summary>
internal sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "The workflow's steps are bash scripts.";
        }
    }
}
