using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SpecForge.Cli.Commands;
using SpecForge.IntegrationTests.Infrastructure;

namespace SpecForge.IntegrationTests;

/// <summary><c>specforge mock</c>: the real tool on a free loopback port, called over HTTP, stopped with Ctrl+C (SIGINT).</summary>
public sealed class MockCliTests
{
    private const string Fixture = "mock-pets.yaml";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly string CliAssembly = CliProcess.Assembly;

    [Fact]
    public async Task Mock_serves_the_example_rejects_a_bad_body_with_422_logs_each_request_and_stops_on_ctrl_c()
    {
        using var mock = MockProcess.Start(FixtureFiles.PathOf(Fixture), "--port", "0", "--seed", "3");
        try
        {
            var address = await mock.WaitForAddressAsync();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            using var found = await http.GetAsync("/pets/1");
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
            using (var pet = JsonDocument.Parse(await found.Content.ReadAsStringAsync()))
            {
                Assert.Equal("Rex", pet.RootElement.GetProperty("name").GetString());
            }

            using var rejected = await http.PostAsync("/pets", new StringContent("""{"name":"","age":-1}""", Encoding.UTF8, "application/json"));
            Assert.Equal(422, (int)rejected.StatusCode);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            using (var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()))
            {
                var errors = problem.RootElement.GetProperty("errors").EnumerateArray()
                    .Select(e => (e.GetProperty("path").GetString(), e.GetProperty("rule").GetString()))
                    .OrderBy(e => e.Item1, StringComparer.Ordinal)
                    .ToList();
                Assert.Equal(new (string?, string?)[] { ("/body/age", "minimum"), ("/body/name", "minLength") }, errors);
            }

            using var missing = await http.GetAsync("/owners");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

            await mock.WaitForLineAsync(line => line.Contains("GET /pets/1 200", StringComparison.Ordinal) ? line : null);
            await mock.WaitForLineAsync(line => line.Contains("POST /pets 422", StringComparison.Ordinal) ? line : null);
            await mock.WaitForLineAsync(line => line.Contains("GET /owners 404", StringComparison.Ordinal) ? line : null);

            var exitCode = await mock.InterruptAsync();
            Assert.True(exitCode == 0, $"exit code {exitCode}\n{mock.Output}");
            Assert.Contains("Mock stopped.", mock.Output, StringComparison.Ordinal);
        }
        finally
        {
            mock.Kill();
        }
    }

    [Fact]
    public async Task Mock_with_include_serves_only_the_selected_operations()
    {
        using var mock = MockProcess.Start(FixtureFiles.PathOf(Fixture), "--port", "0", "--include", "getPet");
        try
        {
            var address = await mock.WaitForAddressAsync();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            using var found = await http.GetAsync("/pets/1");
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
            using var dropped = await http.PostAsync("/pets", new StringContent("""{"name":"Rex","age":3}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.NotFound, dropped.StatusCode);
            Assert.Contains(": 1 operations, listening on", mock.Output, StringComparison.Ordinal);
        }
        finally
        {
            mock.Kill();
        }
    }

    [Fact]
    public void Mock_on_a_missing_file_is_a_usage_error()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = MockCommand.Run(new MockOptions(new[] { Path.Combine(Path.GetTempPath(), "no-such-spec.yaml") }), stdout, stderr);

        Assert.Equal(2, exitCode);
        Assert.Contains("no-such-spec.yaml", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "70000")]
    [InlineData("--host", "example.com", "example.com")]
    [InlineData("--max-body-bytes", "-1", "-1")]
    public async Task Mock_rejects_a_bad_port_host_or_body_limit_with_exit_code_2(string option, string value, string named)
    {
        var result = await ProcessRunner.RunDotnetAsync(AppContext.BaseDirectory, Deadline, CliAssembly, "mock", FixtureFiles.PathOf(Fixture), option, value);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains(named, result.StandardError, StringComparison.Ordinal);
    }
}
