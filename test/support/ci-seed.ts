// In CI the property tests run with one fixed seed, so a run is repeatable
// and a green build stays green; locally they take a new random seed each
// run, and `npm run fuzz` explores random seeds for as long as it is given.
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261121 });
