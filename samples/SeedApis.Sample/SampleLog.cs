using System.Text.Json;

/// <summary>Prints each step of the tour on its own line and counts the ones that did not go as expected.</summary>
internal sealed class SampleLog
{
    public int Failures { get; private set; }

    public void Step(string what) => Console.WriteLine("  " + what);

    public void Unexpected(string what)
    {
        Failures++;
        Console.WriteLine("  UNEXPECTED: " + what);
    }

    /// <summary>Runs a step that must succeed; anything it throws is unexpected.</summary>
    public async Task RunAsync(string name, Func<Task<string>> step)
    {
        try
        {
            Step($"{name}: {await step()}");
        }
        catch (Exception ex)
        {
            Unexpected($"{name} threw {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The <c>errors</c> of a validation problem (application/problem+json), one "path: message (rule)" line each.</summary>
    public void Errors(IReadOnlyDictionary<string, JsonElement>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            Unexpected("the problem details carry no 'errors' list");
            return;
        }

        foreach (var error in errors.EnumerateArray())
        {
            Step($"    - {Text(error, "path")}: {Text(error, "message")} ({Text(error, "rule")})");
        }
    }

    private static string Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "?";
}
