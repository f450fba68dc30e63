import { ruleTester } from "../helpers/rule-tester.js";

const GROUPS = "mandates/registry/groups.yaml";
const INF = "mandates/samordningsrad-infektion.md";
const child = (parent: string) => (fx: { replace(f: string, a: string, b: string): Promise<unknown> }) =>
  fx.replace(GROUPS, "  name: Regionala processteam inom kunskapsstyrningen\n", `  name: Regionala processteam inom kunskapsstyrningen\n  parent: ${parent}\n`);

ruleTester("subgroup-parent", {
  valid: [{ name: "sub-groups without a parent in the registry" }, {
      name: "a parent whose mandate lists the child",
      edit: async (fx) => {
        await child("samordningsrad-infektion")(fx);
        await fx.replace("mandates/samordningsrad-onkologi.md", "  groups:\n    - regionala-processteam\n", "");
      },
    }],
  invalid: [
    {
      name: "a parent whose mandate does not list the child, and a mandate listing another's child",
      edit: child("samordningsgrupp-medicinska-biblioteksfragor"),
      errors: [
        {
          file: GROUPS,
          at: "samordningsgrupp-medicinska-biblioteksfragor\n",
          after: "Regionala processteam",
          message:
            "Regionala processteam inom kunskapsstyrningen har Samordningsgrupp medicinska biblioteksfrågor som övergripande grupp, men uppdragshandlingen för Samordningsgrupp medicinska biblioteksfrågor listar den inte under undergrupper.",
        },
        {
          file: INF,
          at: "regionala-processteam",
          message: "Regionala processteam inom kunskapsstyrningen står som undergrupp här, men registret anger Samordningsgrupp medicinska biblioteksfrågor som dess övergripande grupp.",
        },
        {
          file: "mandates/samordningsrad-onkologi.md",
          at: "regionala-processteam",
          message: "Regionala processteam inom kunskapsstyrningen står som undergrupp här, men registret anger Samordningsgrupp medicinska biblioteksfrågor som dess övergripande grupp.",
        },
      ],
    },
  ],
});
