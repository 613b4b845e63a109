# Build and run FlowStudio. The image starts in Production: SQLite in /data, no demo users,
# and a generated admin password printed to the container log on first start.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/FlowStudio.Web/FlowStudio.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DataDirectory=/data
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
EXPOSE 8080
# Orchestrators probe GET /health (anonymous, status only).
ENTRYPOINT ["dotnet", "FlowStudio.Web.dll"]
