using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
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
            var address = await mock.WaitForLineAsync(line => Regex.Match(line, @"listening on (http://127\.0\.0\.1:\d+)") is { Success: true } m ? m.Groups[1].Value : null);
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
    public async Task Mock_rejects_a_bad_port_or_host_with_exit_code_2(string option, string value, string named)
    {
        var result = await ProcessRunner.RunDotnetAsync(AppContext.BaseDirectory, Deadline, CliAssembly, "mock", FixtureFiles.PathOf(Fixture), option, value);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains(named, result.StandardError, StringComparison.Ordinal);
    }

    /// <summary>The tool as a long-running child whose output is read line by line while it serves.</summary>
    private sealed class MockProcess : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        private readonly StringBuilder _output = new();

        private MockProcess(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Receive(e.Data);
            _process.ErrorDataReceived += (_, e) => Receive(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static MockProcess Start(params string[] arguments)
        {
            var startInfo = new ProcessStartInfo(ProcessRunner.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            startInfo.ArgumentList.Add(CliAssembly);
            startInfo.ArgumentList.Add("mock");
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            return new MockProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start specforge mock."));
        }

        /// <summary>Waits for the first line (from now on) that <paramref name="match"/> accepts and returns what it made of it.</summary>
        public async Task<string> WaitForLineAsync(Func<string, string?> match)
        {
            var deadline = DateTime.UtcNow + Deadline;
            while (DateTime.UtcNow < deadline)
            {
                if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(100)))
                {
                    if (match(line) is { } value)
                    {
                        return value;
                    }
                }
                else if (_process.HasExited)
                {
                    break;
                }

                await Task.Yield();
            }

            throw new TimeoutException("specforge mock never printed the expected line:\n" + Output);
        }

        /// <summary>Sends SIGINT, as Ctrl+C does, and returns the exit code.</summary>
        public async Task<int> InterruptAsync()
        {
            using (var kill = Process.Start("kill", new[] { "-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })!)
            {
                await kill.WaitForExitAsync();
            }

            await _process.WaitForExitAsync().WaitAsync(Deadline);
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        public void Dispose()
        {
            Kill();
            _lines.CompleteAdding();
            _process.Dispose();
        }

        private void Receive(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }

            try
            {
                _lines.Add(line);
            }
            catch (InvalidOperationException)
            {
                // Output arriving after the test is done is kept in Output only.
            }
        }
    }
}
