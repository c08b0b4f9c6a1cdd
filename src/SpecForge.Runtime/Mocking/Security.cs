// Shared runtime: the mock's credential check. It only looks for the presence of credentials of the declared kind
// (a mock cannot know real keys), like Prism, and answers 401 with a WWW-Authenticate challenge otherwise.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Text;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockSecurity
    {
        /// <summary>Whether one of the operation's security alternatives is met; no alternatives means no security.</summary>
        public static bool IsSatisfied(MockOperation operation, MockRequest request, RequestParts parts)
        {
            var alternatives = operation.Security;
            if (alternatives.Length == 0)
            {
                return true;
            }

            foreach (var alternative in alternatives)
            {
                var met = true;
                foreach (var scheme in alternative)
                {
                    if (!IsPresent(scheme, request, parts))
                    {
                        met = false;
                        break;
                    }
                }

                // An empty alternative (`{}`) makes credentials optional.
                if (met)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The WWW-Authenticate value naming every scheme the operation would accept.</summary>
        public static string Challenge(MockOperation operation)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var builder = new StringBuilder();
            foreach (var alternative in operation.Security)
            {
                foreach (var scheme in alternative)
                {
                    var challenge = ChallengeFor(scheme);
                    if (challenge != null && seen.Add(challenge))
                    {
                        if (builder.Length > 0)
                        {
                            builder.Append(", ");
                        }

                        builder.Append(challenge);
                    }
                }
            }

            return builder.Length == 0 ? "Bearer" : builder.ToString();
        }

        private static string? ChallengeFor(MockSecurityScheme scheme)
        {
            switch (scheme.Kind)
            {
                case SecurityKind.Bearer: return "Bearer";
                case SecurityKind.Basic: return "Basic realm=\"mock\"";
                case SecurityKind.HttpOther: return Capitalize(scheme.KeyName ?? "Unknown");
                case SecurityKind.ApiKeyHeader: return "ApiKey in=\"header\", name=\"" + scheme.KeyName + "\"";
                case SecurityKind.ApiKeyQuery: return "ApiKey in=\"query\", name=\"" + scheme.KeyName + "\"";
                case SecurityKind.ApiKeyCookie: return "ApiKey in=\"cookie\", name=\"" + scheme.KeyName + "\"";
                default: return null;
            }
        }

        private static bool IsPresent(MockSecurityScheme scheme, MockRequest request, RequestParts parts)
        {
            switch (scheme.Kind)
            {
                case SecurityKind.Bearer: return HasAuthorization(request, "Bearer");
                case SecurityKind.Basic: return HasAuthorization(request, "Basic");
                case SecurityKind.HttpOther: return HasAuthorization(request, scheme.KeyName ?? string.Empty);
                case SecurityKind.ApiKeyHeader: return !string.IsNullOrEmpty(request.Header(scheme.KeyName ?? string.Empty));
                case SecurityKind.ApiKeyQuery: return !string.IsNullOrEmpty(parts.QueryValue(scheme.KeyName ?? string.Empty));
                case SecurityKind.ApiKeyCookie: return !string.IsNullOrEmpty(parts.CookieValue(scheme.KeyName ?? string.Empty));
                default: return true;
            }
        }

        // `Authorization: Bearer x`: the scheme name (any case), a space, and a non-empty credential.
        private static bool HasAuthorization(MockRequest request, string scheme)
        {
            var value = request.Header("Authorization");
            if (value == null || value.Length <= scheme.Length + 1 || !value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || value[scheme.Length] != ' ')
            {
                return false;
            }

            return value.Substring(scheme.Length + 1).Trim().Length > 0;
        }

        private static string Capitalize(string value) =>
            value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value.Substring(1);
    }
}
