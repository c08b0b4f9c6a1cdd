using System;
using System.Linq;
using BenchPets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// `SpecForge.MockBenchmarks <port>`: serves bench-pets.yaml through the generated mock on 127.0.0.1 until killed.
// Logging is off, as Prism's is redirected away by the script, so neither pays for console output.
var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 4020;
var builder = WebApplication.CreateSlimBuilder(args.Skip(1).ToArray());
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();
app.MapBenchPetsMock();
await app.StartAsync();
Console.WriteLine($"listening on http://127.0.0.1:{port}");
await app.WaitForShutdownAsync();
