// The runtime every SDK of this project shares (ApiException, JsonPayload, …) lives here.
global using SpecForge.Serialization.Tests.SpecForge;
