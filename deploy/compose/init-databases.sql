-- One database per service, as deploy/local and deploy/k8s give them (each service migrates its own with Flyway).
CREATE DATABASE petition_intake;
CREATE DATABASE petition_routing;
CREATE DATABASE petition_supervision;
CREATE DATABASE petition_reporting;
