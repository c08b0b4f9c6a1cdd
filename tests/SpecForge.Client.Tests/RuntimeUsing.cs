// The runtime every SDK of this project shares (ApiException, FilePart, ConstraintViolation, …) lives here.
global using SpecForge.Client.Tests.SpecForge;
