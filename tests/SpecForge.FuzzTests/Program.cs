using System;
using System.Globalization;
using SpecForge.FuzzTests.Fuzzing;

// build/fuzz.sh --count N --seed S [--compile-every K] [--failures DIR]: any number of cases, the figures at the end.
// Exit code 0 when every case passed, 1 otherwise, 2 for a wrong command line.
var settings = new FuzzSettings(Count: 1000, Seed: 1, CompileEvery: 10, TimeBudget: TimeSpan.FromSeconds(10), MemoryBudgetBytes: 1L << 30, FailuresFolder: "fuzz-failures");
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    try
    {
        settings = args[i] switch
        {
            "--count" => settings with { Count = int.Parse(Next(), CultureInfo.InvariantCulture) },
            "--seed" => settings with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
            "--compile-every" => settings with { CompileEvery = int.Parse(Next(), CultureInfo.InvariantCulture) },
            "--failures" => settings with { FailuresFolder = Next() },
            "--keep-going" => settings with { KeepGoing = true },
            "--time-budget" => settings with { TimeBudget = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
            _ => throw new ArgumentException($"unknown option '{args[i]}'"),
        };
    }
    catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine($"fuzz: error SF0002: {ex.Message}. Usage: build/fuzz.sh --count N --seed S [--compile-every K] [--failures DIR] [--time-budget SECONDS] [--keep-going]");
        return 2;
    }
}

var session = new FuzzSession(settings);
session.Run(Console.Out);
Console.WriteLine(session.Summary());
return session.Failures.GetEnumerator().MoveNext() ? 1 : 0;
