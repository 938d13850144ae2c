import type { TestCase } from '@nonlinear/grader';

// Instructor-only tests: merged into the spec by the command-line grader (scripts/grade), never
// imported by the site. Expected values: mpmath at 50 digits on the exact double inputs, rounded
// to the nearest double (tests/grade/hidden.test.ts checks them against the reference solution).
const hidden: TestCase[] = [
  { name: 'sigmoid(1.25) is 0.7772998611746912', args: [1.25], expected: 0.7772998611746912 },
  { name: 'sigmoid(-20) is 2.0611536181902037e-9', args: [-20], expected: 2.0611536181902037e-9, hint: 'Subtracting from 1 in the left tail loses the digits of a small result.' },
  { name: 'sigmoid(-300) is 5.148200222412013e-131', args: [-300], expected: 5.148200222412013e-131 },
];

export default hidden;
