use std::error::Error;

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn Error>> {
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", "{yourClientId}"),
        ("client_secret", "{yourClientSecret}"),
        ("audience", "YOUR_API_IDENTIFIER"),
    ];

    let client = Client::new();
    let response = client
        .post("https://{yourDomain}/oauth/token")
        .form(&form)
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
