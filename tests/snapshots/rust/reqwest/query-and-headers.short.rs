let client = Client::new();
let response = client
    .get("https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=")
    .header("Authorization", "Bearer {token}")
    .header("X-Quote", "it's \"quoted\" $HOME")
    .header("X-Empty", "")
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
