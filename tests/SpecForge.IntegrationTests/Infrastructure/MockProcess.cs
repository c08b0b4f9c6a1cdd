using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SpecForge.IntegrationTests.Infrastructure;

/// <summary>The tool as a long-running child whose output is read line by line while it serves.</summary>
internal sealed class MockProcess : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly string CliAssembly = CliProcess.Assembly;

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

    /// <summary>Waits for the start-up line and returns the address it listens on (<c>http://127.0.0.1:port</c>).</summary>
    public Task<string> WaitForAddressAsync() =>
        WaitForLineAsync(line => Regex.Match(line, @"listening on (http://127\.0\.0\.1:\d+)") is { Success: true } m ? m.Groups[1].Value : null);

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
