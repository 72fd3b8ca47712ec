# syntax=docker/dockerfile:1
# Multi-stage build: restore (cached on the project files), build + test, publish, small non-root runtime.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS restore
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig BriefingBot.sln ./
COPY src/BriefingBot.Core/BriefingBot.Core.csproj src/BriefingBot.Core/
COPY src/BriefingBot.Storage/BriefingBot.Storage.csproj src/BriefingBot.Storage/
COPY src/BriefingBot.Telegram/BriefingBot.Telegram.csproj src/BriefingBot.Telegram/
COPY src/BriefingBot.Discord/BriefingBot.Discord.csproj src/BriefingBot.Discord/
COPY src/BriefingBot.Host/BriefingBot.Host.csproj src/BriefingBot.Host/
COPY tests/BriefingBot.Testing/BriefingBot.Testing.csproj tests/BriefingBot.Testing/
COPY tests/BriefingBot.Core.Tests/BriefingBot.Core.Tests.csproj tests/BriefingBot.Core.Tests/
COPY tests/BriefingBot.Storage.Tests/BriefingBot.Storage.Tests.csproj tests/BriefingBot.Storage.Tests/
COPY tests/BriefingBot.Telegram.Tests/BriefingBot.Telegram.Tests.csproj tests/BriefingBot.Telegram.Tests/
COPY tests/BriefingBot.Host.Tests/BriefingBot.Host.Tests.csproj tests/BriefingBot.Host.Tests/
COPY tests/BriefingBot.Discord.Tests/BriefingBot.Discord.Tests.csproj tests/BriefingBot.Discord.Tests/
COPY tests/BriefingBot.Benchmarks/BriefingBot.Benchmarks.csproj tests/BriefingBot.Benchmarks/
COPY tests/BriefingBot.Benchmarks.Tests/BriefingBot.Benchmarks.Tests.csproj tests/BriefingBot.Benchmarks.Tests/
RUN dotnet restore BriefingBot.sln

FROM restore AS build
COPY . .
RUN dotnet build BriefingBot.sln -c Release --no-restore
# Tests that need ../shared/eval skip with a message inside the image.
RUN dotnet test BriefingBot.sln -c Release --no-build

FROM build AS publish
RUN dotnet publish src/BriefingBot.Host/BriefingBot.Host.csproj -c Release --no-build -o /app

# aspnet, not runtime: /healthz, Telegram's webhook and Discord's interactions endpoint run on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=publish /app ./
COPY config ./config
ENV BRIEFINGBOT_HOME=/app \
    Storage__DataDirectory=/data \
    Console__Enabled=false \
    Health__ListenUrl=http://0.0.0.0:8080
EXPOSE 8080
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
ENTRYPOINT ["dotnet", "BriefingBot.dll"]
