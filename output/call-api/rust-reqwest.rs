use std::error::Error;

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn Error>> {
    let client = Client::new();
    let response = client
        .get("https://myapi.com/api")
        .header("authorization", "Bearer {accessToken}")
        .header("content-type", "application/json")
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
