using System;
using System.Collections.Generic;
using System.Text;

namespace SpecForge.Core.Documentation.Passes;

/// <summary>
/// The parts of a documented <c>curl</c> command that describe a request: method, URL, headers, data and form fields.
/// Tokenized like a shell would (quotes, backslash continuations), including the docs' collapsed form where
/// "line \ next" has lost its newline.
/// </summary>
public sealed class CurlCommand
{
    /// <summary>The method from -X/--request, or null.</summary>
    public string? Method { get; private set; }

    /// <summary>The URL, or null.</summary>
    public string? Url { get; private set; }

    /// <summary>Headers from -H/--header as written ("Name: value").</summary>
    public List<string> Headers { get; } = new();

    /// <summary>The body from -d/--data/--data-raw/--data-binary, or null.</summary>
    public string? Data { get; private set; }

    /// <summary>Form fields from -F/--form as (name, value); a value starting with @ names a file.</summary>
    public List<(string Name, string Value)> FormFields { get; } = new();

    /// <summary>Reads <paramref name="text"/>; null when it is not a curl command.</summary>
    public static CurlCommand? Parse(string text)
    {
        var tokens = Tokenize(text);
        var start = tokens.IndexOf("curl");
        if (start < 0)
        {
            return null;
        }

        var command = new CurlCommand();
        for (var i = start + 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            string? Next() => i + 1 < tokens.Count ? tokens[++i] : null;
            switch (token)
            {
                case "-X":
                case "--request":
                    command.Method = Next()?.ToUpperInvariant();
                    break;
                case "--url":
                    command.Url = Next();
                    break;
                case "-H":
                case "--header":
                    if (Next() is { } header)
                    {
                        command.Headers.Add(header);
                    }

                    break;
                case "-d":
                case "--data":
                case "--data-raw":
                case "--data-binary":
                    command.Data = Next();
                    break;
                case "-F":
                case "--form":
                    if (Next() is { } field && field.IndexOf('=') is var equals and > 0)
                    {
                        command.FormFields.Add((field.Substring(0, equals), field.Substring(equals + 1)));
                    }

                    break;
                default:
                    if (!token.StartsWith("-", StringComparison.Ordinal) && command.Url is null && token.Contains("://"))
                    {
                        command.Url = token;
                    }

                    break;
            }
        }

        return command;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var inToken = false;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else if (c == '\\' && quote == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    current.Append(text[++i]);
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                inToken = true;
            }
            else if (c == '\\' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                // A line continuation, whether or not its newline survived.
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    inToken = false;
                }
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
