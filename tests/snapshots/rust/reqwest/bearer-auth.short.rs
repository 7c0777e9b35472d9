let client = Client::new();
let response = client
    .get("https://{apiHost}/v1/me")
    .header("Authorization", "Bearer {token}")
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
