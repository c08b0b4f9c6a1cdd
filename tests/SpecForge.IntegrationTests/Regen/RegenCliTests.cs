using System;
using System.IO;
using SpecForge.Cli.Commands;
using SpecForge.IntegrationTests.Infrastructure;

namespace SpecForge.IntegrationTests.Regen;

/// <summary>
/// <c>specforge regen</c> on a throwaway repository: writes what is missing, --check passes when nothing changed and
/// fails when the docs moved on, and a breaking change fails until the ignore file acknowledges it.
/// </summary>
public sealed class RegenCliTests
{
    private const string Docs = """
        # Acme API — full reference

        Base URL: `https://api.acme.test/v1`

        ---

        ## Widgets

        Manage widgets.

        ### GET /widgets/:id

        Get one widget.

        Parameters:
        - `id` (path, uuid, required): Widget ID

        ### DELETE /widgets/:id

        Delete one widget.

        Parameters:
        - `id` (path, uuid, required): Widget ID
        """;

    private const string Manifest = """
        {
          "sourceRoot": "..",
          "ignoreFile": "diff-ignore.txt",
          "apis": [
            { "name": "Acme", "sources": [ "acme/acme.md" ], "normalized": "acme/acme.openapi.json",
              "namespace": "Acme", "clientName": "AcmeClient", "surface": "acme/Acme.sdk.txt" },
            { "name": "Pets", "spec": "../pets.yaml", "namespace": "Pets", "clientName": "PetsClient", "surface": "Pets.sdk.txt" }
          ]
        }
        """;

    [Fact]
    public void Writes_missing_artifacts_then_check_passes()
    {
        using var repo = NewRepository();

        var (first, firstOut, firstErr) = Run(repo, check: false);
        var (second, secondOut, _) = Run(repo, check: true);

        Assert.True(first == 0, firstOut + firstErr);
        Assert.Contains("new         specs/acme/acme.openapi.json", firstOut, StringComparison.Ordinal);
        Assert.Contains("3 file(s) written.", firstOut, StringComparison.Ordinal);
        Assert.Contains("\"x-specforge-source\"", File.ReadAllText(repo.Combine("specs", "acme", "acme.openapi.json")), StringComparison.Ordinal);
        // Source names are relative to sourceRoot, never to wherever the command ran.
        Assert.Contains("\"file\": \"specs/acme/acme.md\"", File.ReadAllText(repo.Combine("specs", "acme", "acme.openapi.json")), StringComparison.Ordinal);
        Assert.Contains("class Acme.AcmeClient\n", File.ReadAllText(repo.Combine("specs", "acme", "Acme.sdk.txt")), StringComparison.Ordinal);
        Assert.Contains("PetsClient", File.ReadAllText(repo.Combine("specs", "Pets.sdk.txt")), StringComparison.Ordinal);

        Assert.True(second == 0, secondOut);
        Assert.Contains("up to date  specs/acme/Acme.sdk.txt", secondOut, StringComparison.Ordinal);
        Assert.Contains("Everything committed is up to date.", secondOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_on_stale_files_shows_the_api_change_and_writes_nothing()
    {
        using var repo = NewRepository();
        Run(repo, check: false);
        var committed = File.ReadAllText(repo.Combine("specs", "acme", "acme.openapi.json"));
        var withoutDelete = Docs[..Docs.IndexOf("### DELETE", StringComparison.Ordinal)];
        File.WriteAllText(repo.Combine("specs", "acme", "acme.md"), withoutDelete.Replace("\r\n", "\n"));

        var (exit, stdout, stderr) = Run(repo, check: true);

        Assert.Equal(1, exit);
        Assert.Contains("stale       specs/acme/acme.openapi.json  (1 breaking", stdout, StringComparison.Ordinal);
        Assert.Contains("DELETE /widgets/{id}", stdout, StringComparison.Ordinal);
        Assert.Contains("stale       specs/acme/Acme.sdk.txt  (+0 -", stdout, StringComparison.Ordinal);
        Assert.Contains("WidgetsClient :: public System.Threading.Tasks.Task<System.Text.Json.JsonElement> DeleteByIdAsync(", stdout, StringComparison.Ordinal);
        Assert.Contains("committed file(s) are stale", stdout, StringComparison.Ordinal);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(errors, line => line.Contains(": error SF4006: ", StringComparison.Ordinal) && line.Contains("DELETE /widgets/{id}", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("specs/acme/acme.openapi.json(1,1): error SF4005: ", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.StartsWith("specs/acme/Acme.sdk.txt(1,1): error SF4005: ", StringComparison.Ordinal));
        Assert.Equal(committed, File.ReadAllText(repo.Combine("specs", "acme", "acme.openapi.json")));
    }

    [Fact]
    public void A_breaking_change_fails_until_the_ignore_file_acknowledges_it()
    {
        using var repo = NewRepository();
        Run(repo, check: false);
        var docs = repo.Combine("specs", "acme", "acme.md");
        File.WriteAllText(docs, File.ReadAllText(docs).Replace("### DELETE /widgets/:id", "### DELETE /gadgets/:id", StringComparison.Ordinal));
        var snapshot = CopyOf(repo);

        var (unacknowledged, _, stderr) = Run(repo, check: false);
        File.WriteAllText(repo.Combine("specs", "diff-ignore.txt"), "DELETE /widgets/{id}  widgets are deleted through gadgets now (ticket 42)\n");
        Restore(snapshot, repo);
        var (acknowledged, stdout, _) = Run(repo, check: false);

        Assert.Equal(1, unacknowledged);
        Assert.Contains("DELETE /widgets/{id}", stderr, StringComparison.Ordinal);
        Assert.True(acknowledged == 0, stdout);
        Assert.Contains("1 acknowledged", stdout, StringComparison.Ordinal);
        Assert.Contains("Everything committed is up to date.", Run(repo, check: true).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_malformed_manifest_is_a_usage_error()
    {
        using var repo = new TempDirectory("specforge-regen");
        File.WriteAllText(repo.Combine("broken.json"), "{ \"apis\": [ { \"name\": \"X\" } ] }");
        var stderr = new StringWriter();

        Assert.Equal(2, RegenCommand.Run(new RegenOptions(repo.Combine("absent.json"), Check: true), new StringWriter(), stderr));
        Assert.Equal(2, RegenCommand.Run(new RegenOptions(repo.Combine("broken.json"), Check: true), new StringWriter(), stderr));
        Assert.Contains("does not exist", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("broken.json", stderr.ToString(), StringComparison.Ordinal);
    }

    private static TempDirectory NewRepository()
    {
        var repo = new TempDirectory("specforge-regen");
        Directory.CreateDirectory(repo.Combine("specs", "acme"));
        File.WriteAllText(repo.Combine("specs", "specforge.json"), Manifest);
        File.WriteAllText(repo.Combine("specs", "acme", "acme.md"), Docs.Replace("\r\n", "\n"));
        File.Copy(FixtureFiles.PathOf(FixtureFiles.Petstore), repo.Combine("pets.yaml"));
        return repo;
    }

    // The committed state before a regen that writes, so a second attempt starts from the same files.
    private static string CopyOf(TempDirectory repo)
    {
        var copy = Path.Combine(Path.GetTempPath(), "specforge-regen-copy-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(repo.Path, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(repo.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static void Restore(string copy, TempDirectory repo)
    {
        foreach (var file in Directory.GetFiles(copy, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(copy, file);
            if (!relative.EndsWith("diff-ignore.txt", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(repo.Path, relative), overwrite: true);
            }
        }

        Directory.Delete(copy, recursive: true);
    }

    private static (int Exit, string Stdout, string Stderr) Run(TempDirectory repo, bool check)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = RegenCommand.Run(new RegenOptions(repo.Combine("specs", "specforge.json"), check), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
