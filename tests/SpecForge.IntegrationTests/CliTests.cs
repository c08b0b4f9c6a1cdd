using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SpecForge.Cli.Commands;
using SpecForge.Core.Selecting;
using SpecForge.IntegrationTests.Infrastructure;
using SpecForge.Tests.Shared;

namespace SpecForge.IntegrationTests;

/// <summary><c>specforge generate</c>: in-process through <see cref="GenerateCommand.Run"/>, and the real tool as a process.</summary>
public sealed class CliTests
{
    [Fact]
    public void Generate_writes_the_client_the_exception_a_record_a_converter_and_a_validator_per_schema_and_the_runtime()
    {
        using var output = new TempDirectory("specforge-cli");
        var (exitCode, stdout, stderr) = Run(new GenerateOptions(FixtureFiles.PathOf(FixtureFiles.Petstore), output.Path, "Fixtures.Petstore", "PetstoreClient", []));

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stdout}\n{stderr}");
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(
            [
                "Fixtures.Petstore.SpecForge.Client.ApiTransport.g.cs", "Fixtures.Petstore.SpecForge.Client.Compat.g.cs",
                "Fixtures.Petstore.SpecForge.Client.JsonCodec.g.cs", "Fixtures.Petstore.SpecForge.Client.JsonConverters.g.cs",
                "Fixtures.Petstore.SpecForge.Client.Wire.g.cs", "Fixtures.Petstore.SpecForge.Surface.ApiClientOptions.g.cs",
                "Fixtures.Petstore.SpecForge.Surface.ApiException.g.cs", "Fixtures.Petstore.SpecForge.Surface.ApiResponse.g.cs",
                "Fixtures.Petstore.SpecForge.Surface.JsonPayload.g.cs", "Fixtures.Petstore.SpecForge.Validation.Checks.g.cs",
                "Fixtures.Petstore.SpecForge.Validation.Rules.Formats.g.cs", "Fixtures.Petstore.SpecForge.Validation.Rules.PatternEscapes.g.cs",
                "Fixtures.Petstore.SpecForge.Validation.Rules.Patterns.g.cs", "Fixtures.Petstore.SpecForge.Validation.Rules.g.cs",
                "Fixtures.Petstore.SpecForge.Validation.ValidationExceptions.g.cs", "Fixtures.Petstore.SpecForge.Validation.Violation.g.cs", "Fixtures.Petstore.SpecForge.Validation.ViolationText.g.cs",
                "PetstoreClient.Client.g.cs", "PetstoreClient.Dto.NewPet.g.cs", "PetstoreClient.Dto.Owner.g.cs", "PetstoreClient.Dto.Pet.g.cs",
                "PetstoreClient.Json.NewPet.g.cs", "PetstoreClient.Json.Owner.g.cs", "PetstoreClient.Json.Pet.g.cs", "PetstoreClient.Json.g.cs",
                "PetstoreClient.Options.g.cs", "PetstoreClient.Validator.NewPet.g.cs", "PetstoreClient.Validator.Owner.g.cs",
                "PetstoreClient.Validator.Pet.g.cs",
            ],
            FileNames(output.Path));
        Assert.Contains("PetstoreClient: 29 files written", stdout, StringComparison.Ordinal);

        var client = File.ReadAllText(Path.Combine(output.Path, "PetstoreClient.Client.g.cs"));
        Assert.Contains("namespace Fixtures.Petstore", client, StringComparison.Ordinal);
        Assert.Contains("public partial class PetstoreClient", client, StringComparison.Ordinal);
        foreach (var method in new[] { "ListPetsAsync(", "CreatePetAsync(", "GetPetAsync(", "DeletePetAsync(" })
        {
            Assert.Contains(method, client, StringComparison.Ordinal);
        }

        Assert.Contains("public partial record Pet", File.ReadAllText(Path.Combine(output.Path, "PetstoreClient.Dto.Pet.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_without_names_takes_them_from_the_file_name()
    {
        using var output = new TempDirectory("specforge-cli");
        var (exitCode, stdout, stderr) = Run(new GenerateOptions(FixtureFiles.PathOf(FixtureFiles.Inventory), output.Path, null, null, []));

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stdout}\n{stderr}");
        Assert.Equal(
            ["Inventory.SpecForge.Client.ApiTransport.g.cs", "Inventory.SpecForge.Client.Compat.g.cs", "Inventory.SpecForge.Client.JsonCodec.g.cs",
             "Inventory.SpecForge.Client.JsonConverters.g.cs", "Inventory.SpecForge.Client.Wire.g.cs",
             "Inventory.SpecForge.Surface.ApiClientOptions.g.cs", "Inventory.SpecForge.Surface.ApiException.g.cs",
             "Inventory.SpecForge.Surface.ApiResponse.g.cs", "Inventory.SpecForge.Surface.JsonPayload.g.cs",
             "Inventory.SpecForge.Validation.Checks.g.cs", "Inventory.SpecForge.Validation.Rules.Formats.g.cs",
             "Inventory.SpecForge.Validation.Rules.PatternEscapes.g.cs", "Inventory.SpecForge.Validation.Rules.Patterns.g.cs",
             "Inventory.SpecForge.Validation.Rules.g.cs", "Inventory.SpecForge.Validation.ValidationExceptions.g.cs",
             "Inventory.SpecForge.Validation.Violation.g.cs", "Inventory.SpecForge.Validation.ViolationText.g.cs", "InventoryClient.Client.g.cs", "InventoryClient.Dto.Item.g.cs",
             "InventoryClient.Json.Item.g.cs", "InventoryClient.Json.g.cs", "InventoryClient.Options.g.cs", "InventoryClient.Validator.Item.g.cs",],
            FileNames(output.Path));
        var client = File.ReadAllText(Path.Combine(output.Path, "InventoryClient.Client.g.cs"));
        Assert.Contains("namespace Inventory", client, StringComparison.Ordinal);
        Assert.Contains("GetItemAsync(string sku", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_on_malformed_yaml_returns_1_and_points_at_the_line()
    {
        using var output = new TempDirectory("specforge-cli");
        var specPath = FixtureFiles.PathOf(FixtureFiles.Malformed);
        var (exitCode, stdout, stderr) = Run(new GenerateOptions(specPath, output.Path, null, null, []));

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{stdout}\n{stderr}");
        var match = Regex.Match(stderr, Regex.Escape(specPath) + @"\((\d+),(\d+)\): error SF1002: ");
        Assert.True(match.Success, "No SF1002 located in the spec in:\n" + stderr);
        Assert.True(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) == FixtureFiles.MalformedLine
            && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) > 0,
            $"Expected SF1002 on line {FixtureFiles.MalformedLine}:\n{stderr}");
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Generate_with_include_and_exclude_writes_only_the_selected_operations_and_what_they_reach()
    {
        using var output = new TempDirectory("specforge-cli");
        var operations = OperationFilter.From(new[] { "/pets/*", "createPet" }, new[] { "GET /pets/{id}" });
        var (exitCode, stdout, stderr) = Run(new GenerateOptions(FixtureFiles.PathOf(FixtureFiles.Petstore), output.Path, "Fixtures.Petstore", "PetstoreClient", [], operations));

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stdout}\n{stderr}");
        Assert.Equal(string.Empty, stderr);
        var client = File.ReadAllText(Path.Combine(output.Path, "PetstoreClient.Client.g.cs"));
        Assert.Contains("DeletePetAsync(", client, StringComparison.Ordinal);
        Assert.Contains("CreatePetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("GetPetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("ListPetsAsync(", client, StringComparison.Ordinal);

        // createPet takes a NewPet and returns a Pet, which has an Owner: every model is still reached.
        Assert.Equal(
            ["PetstoreClient.Dto.NewPet.g.cs", "PetstoreClient.Dto.Owner.g.cs", "PetstoreClient.Dto.Pet.g.cs"],
            FileNames(output.Path).Where(n => n.Contains(".Dto.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Tool_takes_repeated_include_options_and_warns_about_a_pattern_that_matches_nothing()
    {
        using var output = new TempDirectory("specforge-cli");
        var spec = FixtureFiles.PathOf(FixtureFiles.Petstore);
        var result = await RunToolAsync("generate", spec, "-o", output.Path, "--include", "DELETE /pets/{petId}", "--include", "tag:pets;listPets");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Matches(Regex.Escape(spec) + @"\(8,1\): warning SF1015: The include pattern 'tag:pets' matches no operation of the spec", result.StandardError);
        var client = File.ReadAllText(Path.Combine(output.Path, "PetstoreClient.Client.g.cs"));
        Assert.Contains("DeletePetAsync(", client, StringComparison.Ordinal);
        Assert.Contains("ListPetsAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("CreatePetAsync(", client, StringComparison.Ordinal);
        Assert.DoesNotContain("GetPetAsync(", client, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-validators")]
    [InlineData("--no-client")]
    [InlineData("--no-client", "--no-validators", "--mock")]
    public async Task Tool_leaves_out_what_its_switches_say_and_what_is_left_compiles(params string[] switches)
    {
        using var output = new TempDirectory("specforge-cli");
        var result = await RunToolAsync(["generate", FixtureFiles.PathOf(FixtureFiles.Petstore), "-o", output.Path, .. switches]);

        Assert.True(result.ExitCode == 0, result.Describe());
        var names = FileNames(output.Path);
        Assert.Equal(!switches.Contains("--no-validators"), names.Any(n => n.Contains(".Validator.", StringComparison.Ordinal)));
        Assert.Equal(!switches.Contains("--no-client"), names.Contains("PetstoreClient.Client.g.cs"));
        Assert.Equal(!switches.Contains("--no-client"), names.Contains("Petstore.SpecForge.Client.ApiTransport.g.cs"));
        Assert.Equal(switches.Contains("--mock"), names.Contains("PetstoreClient.MockServer.Handler.g.cs"));
        Assert.Contains("PetstoreClient.Dto.Pet.g.cs", names);

        var parseOptions = Compilations.ParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var compilation = Compilations.Create(parseOptions, names.Select(n => File.ReadAllText(Path.Combine(output.Path, n))).ToArray());
        var problems = Compilations.Problems(compilation, parseOptions);
        Assert.True(problems.Count == 0, Compilations.Describe(problems));
    }

    [Fact]
    public async Task Tool_with_an_operation_that_reaches_no_schema_writes_no_model()
    {
        using var output = new TempDirectory("specforge-cli");
        var result = await RunToolAsync("generate", FixtureFiles.PathOf(FixtureFiles.Petstore), "-o", output.Path, "--include", "/pets/**", "--exclude", "get /**", "--exclude", "createPet");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal(string.Empty, result.StandardError);
        Assert.Contains("DeletePetAsync(", File.ReadAllText(Path.Combine(output.Path, "PetstoreClient.Client.g.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain(FileNames(output.Path), n => n.Contains(".Dto.", StringComparison.Ordinal) || n.Contains(".Validator.", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_on_a_missing_file_returns_2_and_writes_nothing()
    {
        using var scratch = new TempDirectory("specforge-cli");
        var output = scratch.Combine("out");
        var missing = scratch.Combine("missing.yaml");
        var (exitCode, stdout, stderr) = Run(new GenerateOptions(missing, output, null, null, []));

        Assert.True(exitCode == 2, $"exit code {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains(missing, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "A usage error must not create the output folder.");
    }

    [Fact]
    public async Task Tool_generates_with_the_names_given_on_the_command_line()
    {
        using var output = new TempDirectory("specforge-cli");
        var result = await RunToolAsync("generate", FixtureFiles.PathOf(FixtureFiles.Petstore), "-o", output.Path, "-n", "Cli.Names", "-c", "NamedClient");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("NamedClient.Client.g.cs", FileNames(output.Path));
        Assert.Contains("namespace Cli.Names", File.ReadAllText(Path.Combine(output.Path, "NamedClient.Client.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tool_rejects_an_unknown_option_with_exit_code_2()
    {
        using var output = new TempDirectory("specforge-cli");
        var result = await RunToolAsync("generate", FixtureFiles.PathOf(FixtureFiles.Petstore), "--output", output.Path, "--no-such-option");

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("--no-such-option", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public async Task Tool_requires_the_output_option_with_exit_code_2()
    {
        var result = await RunToolAsync("generate", FixtureFiles.PathOf(FixtureFiles.Petstore));

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("--output", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tool_help_lists_generate_and_exits_0()
    {
        var result = await RunToolAsync("--help");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("generate", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardError);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(GenerateOptions options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = GenerateCommand.Run(options, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static Task<ProcessResult> RunToolAsync(params string[] arguments) => CliProcess.RunAsync(arguments);

    private static string[] FileNames(string directory) =>
        Directory.GetFiles(directory).Select(f => Path.GetFileName(f)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
